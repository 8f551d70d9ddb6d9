using LabourHub.Domain.Protection;

namespace LabourHub.Domain.Tests.Protection;

/// <summary>Every red flag in every language, written plainly and with the usual evasions, against the seeded rules.</summary>
[Trait("Capability", "Protection")]
public sealed class RedFlagScreenerTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);

    private static IReadOnlyList<string> Categories(string text) =>
        RedFlagScreener.Screen(AuthoredRules.All, ScreeningInput.ForText(text)).Select(h => h.Category).ToList();

    [Theory]
    // recruitment or placement fees
    [InlineData("recruitment_fee", "tr", "İşe başlamadan önce 2000 TL komisyon ücreti alınır.")]
    [InlineData("recruitment_fee", "tr", "Ise baslamadan once KOMISYON UCRETI alinir")]
    [InlineData("recruitment_fee", "tr", "Başvuru için 500 TL yatırmanız gerekir.")]
    [InlineData("recruitment_fee", "tr", "Dosya masrafı sizden.")]
    [InlineData("recruitment_fee", "en", "A small placement fee is due on the first day.")]
    [InlineData("recruitment_fee", "en", "Registration   FEE: 50 USD")]
    [InlineData("recruitment_fee", "en", "You pay 100 dollars to get the job.")]
    [InlineData("recruitment_fee", "ar", "يجب دفع رسوم التوظيف قبل البدء")]
    [InlineData("recruitment_fee", "ar", "العُمُولَة تُدفع مُقدّماً")]
    [InlineData("recruitment_fee", "fa", "کمیسیون دفتر را قبل از شروع بپردازید")]
    [InlineData("recruitment_fee", "fa", "كميسيون دفتر")]
    [InlineData("recruitment_fee", "fa", "هزینه‌ی استخدام ۵۰۰ لیر")]
    // deposits
    [InlineData("deposit", "tr", "İşe girişte depozito alınır.")]
    [InlineData("deposit", "tr", "ise giriste d e p o z i t o alinir")]
    [InlineData("deposit", "tr", "D.E.P.O.Z.İ.T.O istenir")]
    [InlineData("deposit", "tr", "depo zito istenir")]
    [InlineData("deposit", "tr", "dep0zit0 300 tl")]
    [InlineData("deposit", "tr", "dеpоzitо")] // Cyrillic е and о inside a Latin word
    [InlineData("deposit", "tr", "Kaporayı peşin verin")]
    [InlineData("deposit", "en", "A refundable security deposit of 200 USD.")]
    [InlineData("deposit", "ar", "يجب دفع عربون")]
    [InlineData("deposit", "ar", "يجب دفع العربون")]
    [InlineData("deposit", "ar", "عَرْبُون ٥٠٠ ليرة")]
    [InlineData("deposit", "ar", "عـــربـــون")]
    [InlineData("deposit", "ar", "ع ر ب و ن")]
    [InlineData("deposit", "fa", "بیعانه پرداخت کنید")]
    [InlineData("deposit", "fa", "بيعانه پرداخت کنید")] // Arabic yeh instead of Persian yeh
    [InlineData("deposit", "fa", "یک سفته امضا کنید")]
    // keeping identity documents
    [InlineData("documents_kept", "tr", "Pasaportunuzu işveren tutar.")]
    [InlineData("documents_kept", "tr", "pasaportunuzu isveren tutar")]
    [InlineData("documents_kept", "tr", "Kimliğinizi ilk gün teslim edin.")]
    [InlineData("documents_kept", "tr", "k i m l i k   b i z d e   k a l ı r")]
    [InlineData("documents_kept", "tr", "Kimliğinizi de ilk gün teslim edin.")]
    [InlineData("documents_kept", "en", "We will keep your passport during the contract.")]
    [InlineData("documents_kept", "en", "You must hand over your passport.")]
    [InlineData("documents_kept", "ar", "نحتفظ بجواز السفر حتى نهاية العقد")]
    [InlineData("documents_kept", "ar", "حجز الكيملك عند صاحب العمل")]
    [InlineData("documents_kept", "ar", "تسليم الهويّة للإدارة")]
    [InlineData("documents_kept", "fa", "پاسپورت شما را نگه می‌داریم")]
    [InlineData("documents_kept", "fa", "پاسپورت شما را نگه ميداريم")]
    [InlineData("documents_kept", "fa", "کیملیک را تحویل بدهید")]
    [InlineData("documents_kept", "fa", "كيمليك را تحويل بدهيد")] // Arabic kaf and yeh
    // no contract
    [InlineData("no_contract", "tr", "Sözleşme yok, haftalık ödeme.")]
    [InlineData("no_contract", "tr", "sozlesmesiz calisma")]
    [InlineData("no_contract", "en", "Work without a contract, paid weekly.")]
    [InlineData("no_contract", "ar", "العمل بدون عقد")]
    [InlineData("no_contract", "ar", "العمل بدون عَقْد")]
    [InlineData("no_contract", "fa", "کار بدون قرارداد")]
    // no insurance
    [InlineData("no_insurance", "tr", "Sigortasız çalışacak eleman aranıyor")]
    [InlineData("no_insurance", "tr", "SIGORTA YOK")]
    [InlineData("no_insurance", "en", "No insurance, cash in hand.")]
    [InlineData("no_insurance", "ar", "شغل بدون تأمين")]
    [InlineData("no_insurance", "ar", "شغل بدون سيغورتا")]
    [InlineData("no_insurance", "fa", "کار بدون بیمه")]
    [InlineData("no_insurance", "fa", "کار بدون بيمه")]
    // pay far above the market (words; the wage rule is tested below)
    [InlineData("pay_too_good", "tr", "Kolay para, hemen başla")]
    [InlineData("pay_too_good", "en", "Easy money, no questions")]
    [InlineData("pay_too_good", "ar", "ربح سريع من البيت")]
    [InlineData("pay_too_good", "fa", "پول آسان در خانه")]
    // another province, no permit mentioned
    [InlineData("other_province", "tr", "Başka ilde şantiye işi, yol bizden")]
    [InlineData("other_province", "tr", "baska sehirde calisma")]
    [InlineData("other_province", "en", "Work in another province, transport provided")]
    [InlineData("other_province", "ar", "عمل في ولاية أخرى")]
    [InlineData("other_province", "ar", "عمل في ولايه اخري")]
    [InlineData("other_province", "fa", "کار در استان دیگر")]
    [InlineData("other_province", "fa", "كار در استان ديگر")]
    // children
    [InlineData("child_work", "tr", "14 yaşında eleman alınır")]
    [InlineData("child_work", "tr", "Cocuk isci alinir")]
    [InlineData("child_work", "en", "Children welcome to work in the field")]
    [InlineData("child_work", "en", "helpers aged 13 and up")]
    [InlineData("child_work", "ar", "نقبل عمالة الأطفال")]
    [InlineData("child_work", "ar", "بعمر ١٣ سنة")]
    [InlineData("child_work", "fa", "کار کودک در مزرعه")]
    [InlineData("child_work", "fa", "کارگر ۱۳ ساله")]
    public void Screen_FlagsTheRedFlag_InEachLanguage_AndThroughEvasions(string category, string language, string text)
    {
        Assert.Contains(AuthoredRules.All, r => r.Category == category && r.Language == language);
        Assert.Contains(category, Categories(text));
    }

    [Theory]
    [InlineData("Kaynakçı aranıyor. SGK'lı, sözleşmeli, aylık net 28.000 TL. Yemek ve servis var.")]
    [InlineData("Welder wanted in Gaziantep. Written contract in Arabic and Turkish, SGK from day one, coffee breaks.")]
    [InlineData("مطلوب عامل لحام في غازي عنتاب. عقد مكتوب وتأمين اجتماعي من اليوم الأول.")]
    [InlineData("جوشکار در غازی‌عنتاپ. قرارداد کتبی و بیمه از روز اول.")]
    [InlineData("Depo görevlisi aranıyor, forklift ehliyeti tercih sebebidir.")]
    [InlineData("Work in another province with a work permit arranged by us.")]
    [InlineData("Başka ildeki şubemiz için, çalışma izni tarafımızca alınır.")]
    [InlineData("18-45 yaş arası, 25 yaşından büyük tercih.")]
    public void Screen_HonestVacancies_AreNotFlagged(string text) => Assert.Empty(Categories(text));

    [Fact]
    public void Screen_WagesFarAboveTheMinimum_ForUnskilledWork_AreFlagged_ButNotForSkilledWork()
    {
        var lure = new ScreeningInput(["Temizlik görevlisi"]) { IscoCode = "9112", TopWageLira = 80_000m, MinimumNetWageLira = 22_104.67m };
        var engineer = lure with { IscoCode = "2142" };
        var fair = lure with { TopWageLira = 30_000m };

        Assert.Contains(RedFlagScreener.Screen(AuthoredRules.All, lure), h => h.Category == RedFlagCategory.PayTooGood);
        Assert.DoesNotContain(RedFlagScreener.Screen(AuthoredRules.All, engineer), h => h.Category == RedFlagCategory.PayTooGood);
        Assert.DoesNotContain(RedFlagScreener.Screen(AuthoredRules.All, fair), h => h.Category == RedFlagCategory.PayTooGood);
    }

    [Fact]
    public void Screen_GivesOneHitPerCategory_WithTheRuleThatFoundIt()
    {
        var hits = RedFlagScreener.Screen(AuthoredRules.All, ScreeningInput.ForText("depozito ve kapora ve عربون, also a deposit"));

        var hit = Assert.Single(hits);
        Assert.Equal(RedFlagCategory.Deposit, hit.Category);
        Assert.Contains(AuthoredRules.All, r => r.Id == hit.RuleId && r.Pattern == hit.Pattern);
    }

    [Fact]
    public void Screen_SwitchedOffRules_DoNotFire()
    {
        var rule = RedFlagRule.Create(RedFlagCategory.Deposit, "tr", RedFlagRuleKind.Phrase, "depozito*", null, Now).Value;
        Assert.NotEmpty(RedFlagScreener.Screen([rule], ScreeningInput.ForText("depozito")));

        rule.Change(rule.Category, rule.Language, rule.Kind, rule.Pattern, null, active: false, Now, "admin");

        Assert.Empty(RedFlagScreener.Screen([rule], ScreeningInput.ForText("depozito")));
    }

    [Fact]
    public void Screen_WholeWordsOnly_SoShortWordsDoNotMatchInsideOthers()
    {
        var rule = RedFlagRule.Create(RedFlagCategory.RecruitmentFee, "en", RedFlagRuleKind.Phrase, "fee", null, Now).Value;

        Assert.Empty(RedFlagScreener.Screen([rule], ScreeningInput.ForText("Free coffee and tea")));
        Assert.NotEmpty(RedFlagScreener.Screen([rule], ScreeningInput.ForText("There is a fee.")));
    }

    [Theory]
    [InlineData("İŞÇİ", "isci")]
    [InlineData("ışık", "isik")]
    [InlineData("عَرَبُـــونٌ", "عربون")]
    [InlineData("یکی", "يكي")]
    [InlineData("كتاب", "كتاب")]
    [InlineData("کتاب", "كتاب")]
    [InlineData("مدرسة", "مدرسه")]
    [InlineData("أحمد إبراهيم آمنة", "احمد ابراهيم امنه")]
    [InlineData("می\u200Cخواهیم", "ميخواهيم")]
    [InlineData("١٢٣ ۴۵۶", "123 456")]
    public void Normalise_UnifiesCaseMarksAndLetterVariants(string text, string expected) =>
        Assert.Equal(expected, ScreeningText.Normalise(text));

    [Theory]
    [InlineData(null, "tr", RedFlagRuleKind.Phrase, "x", "redflag.category")]
    [InlineData("deposit", "de", RedFlagRuleKind.Phrase, "x", "redflag.language")]
    [InlineData("deposit", "tr", RedFlagRuleKind.Phrase, "  ", "redflag.pattern")]
    [InlineData("deposit", "tr", RedFlagRuleKind.Pattern, "(unclosed", "redflag.regex")]
    [InlineData("pay_too_good", "*", RedFlagRuleKind.WageMultiple, "one", "redflag.multiple")]
    [InlineData("pay_too_good", "*", RedFlagRuleKind.WageMultiple, "0.5", "redflag.multiple")]
    public void Create_InvalidRules_AreRefusedWithAReason(string? category, string language, RedFlagRuleKind kind, string pattern, string code) =>
        Assert.Equal(code, RedFlagRule.Create(category, language, kind, pattern, null, Now).Error?.Code);
}
