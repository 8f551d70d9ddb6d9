namespace LabourHub.Infrastructure.DemoData;

/// <summary>
/// The facts the demo population is drawn from. Shares are rough pictures of Türkiye's migrant workforce
/// (most people under temporary protection live in İstanbul, Gaziantep, Hatay, Şanlıurfa, Adana, Mersin…),
/// not statistics to quote.
/// </summary>
internal static class DemoCatalog
{
    public static readonly SectorProfile[] Sectors =
    [
        new("textiles", "C", ["13.20", "13.91", "14.13", "14.19", "15.20"], ["Tekstil", "Konfeksiyon", "Örme", "Ayakkabı"], 0.25,
        [
            new("8153", "Dikiş Makinesi Operatörü"), new("7533", "Nakış ve Dikiş İşçisi"), new("8152", "Örme Makinesi Operatörü"),
            new("8151", "İplik Makinesi Operatörü"), new("7531", "Terzi"), new("7536", "Ayakkabı Ustası"), new("9321", "Paketleme İşçisi"),
        ]),
        new("food", "C", ["10.11", "10.71", "10.82", "10.89"], ["Gıda", "Unlu Mamuller", "Et Ürünleri", "Tatlıcılık"], 0.15,
        [
            new("7512", "Fırıncı ve Pasta Ustası"), new("7511", "Kasap"), new("8160", "Gıda Üretim Makinesi Operatörü"),
            new("9321", "Gıda Paketleme İşçisi"),
        ]),
        new("construction", "F", ["41.20", "43.21", "43.22", "43.99"], ["İnşaat", "Yapı", "Taahhüt"], 0.20,
        [
            new("7112", "Duvar Ustası"), new("7114", "Kalıpçı ve Beton Ustası"), new("7212", "Kaynakçı"), new("7126", "Tesisatçı"),
            new("7411", "İnşaat Elektrikçisi"), new("9313", "İnşaat İşçisi", TurkishLevel: "A1"), new("7131", "Boya Badana Ustası"),
        ]),
        new("agriculture", "A", ["01.13", "01.24", "01.41", "01.47"], ["Tarım", "Seracılık", "Hayvancılık"], 0.10,
        [
            new("9211", "Mevsimlik Tarım İşçisi", Seasonal: true, TurkishLevel: null), new("6111", "Sera İşçisi", Seasonal: true, TurkishLevel: null),
            new("9212", "Hayvancılık İşçisi", TurkishLevel: "A1"),
        ]),
        new("manufacturing", "C", ["22.29", "25.11", "25.62", "28.30"], ["Makine", "Metal", "Plastik", "Sanayi"], 0.20,
        [
            new("7212", "Kaynakçı"), new("7223", "CNC Operatörü"), new("8219", "Montaj İşçisi"), new("7233", "Bakım Teknisyeni", TurkishLevel: "B1"),
            new("8142", "Plastik Enjeksiyon Operatörü"), new("8344", "Forklift Operatörü"), new("9329", "Üretim İşçisi", TurkishLevel: "A1"),
        ]),
        new("hospitality", "I", ["55.10", "56.10"], ["Turizm", "Otelcilik", "Restoran", "Lokanta"], 0.10,
        [
            new("5120", "Aşçı"), new("9412", "Mutfak Yardımcısı"), new("5131", "Garson", TurkishLevel: "B1"),
            new("9112", "Kat Görevlisi"), new("4224", "Resepsiyon Görevlisi", TurkishLevel: "B2"),
        ]),
    ];

    /// <summary>Where workers are registered (plate code, weight).</summary>
    public static readonly (int Province, double Weight)[] WorkerProvinces =
    [
        (34, 0.18), (27, 0.14), (31, 0.12), (63, 0.12), (1, 0.07), (33, 0.07), (16, 0.05), (35, 0.04), (42, 0.04),
        (79, 0.03), (46, 0.03), (6, 0.03), (38, 0.02), (47, 0.02), (80, 0.02),
    ];

    /// <summary>Where demo businesses are (plate code, weight).</summary>
    public static readonly (int Province, double Weight)[] EmployerProvinces =
    [
        (34, 0.22), (27, 0.14), (16, 0.10), (31, 0.08), (63, 0.07), (1, 0.07), (33, 0.07), (35, 0.06), (42, 0.06),
        (38, 0.05), (6, 0.04), (20, 0.04),
    ];

    /// <summary>Nationality, protection status, first language and weight.</summary>
    public static readonly (string Nationality, Domain.Workers.ProtectionStatus Status, string Language, double Weight)[] Origins =
    [
        ("SY", Domain.Workers.ProtectionStatus.TemporaryProtection, "ar", 0.80),
        ("AF", Domain.Workers.ProtectionStatus.InternationalProtectionApplicant, "fa", 0.07),
        ("IQ", Domain.Workers.ProtectionStatus.ConditionalRefugee, "ar", 0.04),
        ("IR", Domain.Workers.ProtectionStatus.InternationalProtectionApplicant, "fa", 0.03),
        ("UZ", Domain.Workers.ProtectionStatus.ResidencePermit, "uz", 0.03),
        ("TM", Domain.Workers.ProtectionStatus.ResidencePermit, "tk", 0.02),
        ("SO", Domain.Workers.ProtectionStatus.SubsidiaryProtection, "so", 0.01),
    ];

    public static readonly string[] ArabicMaleNames =
        ["Ahmad", "Mohammad", "Omar", "Khaled", "Hassan", "Ali", "Mahmoud", "Yusuf", "Ibrahim", "Mustafa", "Abdullah", "Bilal", "Hamza", "Anas", "Tariq", "Samer", "Walid", "Fadi", "Rami", "Ziad"];

    public static readonly string[] ArabicFemaleNames =
        ["Fatima", "Aisha", "Maryam", "Noor", "Rania", "Huda", "Layla", "Amal", "Rasha", "Zeinab", "Hiba", "Salma", "Dima", "Reem", "Yasmin"];

    public static readonly string[] ArabicFamilyNames =
        ["Al-Hassan", "Al-Ahmad", "Haddad", "Khalil", "Darwish", "Al-Hamoud", "Sulaiman", "Al-Khatib", "Nasser", "Al-Omar", "Hamdan", "Shami", "Al-Halabi", "Qassem", "Youssef", "Mansour"];

    public static readonly string[] PersianMaleNames = ["Ahmad Shah", "Mohammad Nabi", "Rahim", "Karim", "Jawad", "Farid", "Hamid", "Sohrab", "Reza", "Navid"];

    public static readonly string[] PersianFemaleNames = ["Zahra", "Fereshteh", "Maryam", "Shabnam", "Parisa", "Nargis", "Laleh"];

    public static readonly string[] PersianFamilyNames = ["Ahmadi", "Rahimi", "Hosseini", "Karimi", "Sultani", "Noori", "Habibi", "Azizi", "Jafari"];

    public static readonly string[] CentralAsianMaleNames = ["Bekzod", "Jasur", "Sardor", "Murod", "Rustam", "Dovlet", "Mekan", "Abdi", "Farah"];

    public static readonly string[] CentralAsianFemaleNames = ["Dilnoza", "Gulnora", "Maya", "Ayna", "Hodan", "Sabina"];

    public static readonly string[] CentralAsianFamilyNames = ["Karimov", "Rahimov", "Tursunov", "Annayev", "Orazov", "Warsame", "Yusupova"];

    public static readonly string[] TurkishFamilyNames =
        ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Yıldırım", "Öztürk", "Aydın", "Özdemir", "Arslan", "Doğan", "Kılıç", "Aslan", "Çetin", "Kara", "Koç", "Kurt", "Özkan", "Şimşek", "Akın", "Güneş", "Ekinci", "Tekin"];

    public static readonly string[] CompanyForms = ["Ltd. Şti.", "A.Ş.", "San. ve Tic. Ltd. Şti."];

    public static readonly string[] DescriptionTemplates =
    [
        "{company}, {province} bölgesindeki işyeri için {title} arıyor. Sigortalı (SGK) çalışma, yasal çalışma izni başvurusu işveren tarafından yapılır. Maaş net {wage} TL'den başlar.",
        "{title} pozisyonu için deneyimli ya da öğrenmeye istekli çalışma arkadaşları arıyoruz. {province} {district}. Servis ve öğle yemeği firmamızca karşılanır. Çalışma izni ve SGK girişi yapılır.",
        "{company} bünyesinde {title} olarak çalışacak personel alınacaktır. Haftada 45 saat, fazla mesai yasal ücretiyle ödenir. Geçici koruma altındaki adaylar başvurabilir; çalışma izni işverence alınır.",
    ];
}
