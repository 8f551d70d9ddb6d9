using System.Net.Http.Headers;
using System.Text;
using LabourHub.Identity.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace LabourHub.Identity.Tests;

/// <summary>What a worker does in a browser, for the Marketplace tests: sign up, fill a wizard step, upload a file.</summary>
internal static class WorkerJourney
{
    public const string Password = "a worker's long passphrase";

    /// <summary>Signs up a new worker through the public form; the browser is then signed in. Returns their user id.</summary>
    public static async Task<(HttpClient Browser, string UserId)> SignUpAsync(IdentityPortalFactory portal, string culture = "ar")
    {
        var browser = portal.Browser();
        var login = $"w-{Guid.NewGuid():N}@example.org";
        var page = await browser.GetStringAsync($"/account/register?culture={culture}");
        var answer = await browser.PostAsync("/account/register", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Culture"] = culture,
            ["Login"] = login,
            ["Password"] = Password,
            ["ConfirmPassword"] = Password,
            ["__RequestVerificationToken"] = IdentityPortalFactory.Token(page),
        }));
        if (answer.StatusCode != System.Net.HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-up answered {(int)answer.StatusCode}.");
        }

        await using var scope = portal.Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<LabourHubUser>>().FindByNameAsync(login);
        return (browser, user!.Id);
    }

    /// <summary>A case worker of the test's own (own authenticator key, so no test competes for the demo's one-time codes), signed in with MFA.</summary>
    public static Task<(HttpClient Browser, string UserId)> CaseWorkerAsync(IdentityPortalFactory portal) => StaffAsync(portal, Roles.CaseWorker);

    /// <summary>A new staff account of the role, signed in with its second factor (staff pages need MFA).</summary>
    public static async Task<(HttpClient Browser, string UserId)> StaffAsync(IdentityPortalFactory portal, string role)
    {
        const string password = "helping people every day";
        await using var scope = portal.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<LabourHubUser>>();
        var user = new LabourHubUser { UserName = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@example.org" };
        if (!(await users.CreateAsync(user, password)).Succeeded)
        {
            throw new InvalidOperationException("Could not create the staff account.");
        }

        await users.AddToRoleAsync(user, role);
        await users.ResetAuthenticatorKeyAsync(user);
        await users.SetTwoFactorEnabledAsync(user, true);
        var key = (await users.GetAuthenticatorKeyAsync(user))!;
        var browser = portal.Browser();
        await IdentityPortalFactory.SignInAsync(browser, user.UserName, password);
        if ((await MfaTests.PostCodeAsync(browser, MfaTests.CurrentCode(key))).StatusCode != System.Net.HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException("The second factor was refused.");
        }

        return (browser, user.Id);
    }

    public static async Task<HttpResponseMessage> StepAsync(HttpClient browser, string step, params (string Name, string Value)[] fields)
    {
        var page = await browser.GetStringAsync($"/my/profile/{step}");
        var form = fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)).Append(new("__RequestVerificationToken", IdentityPortalFactory.Token(page)));
        return await browser.PostAsync($"/my/profile/{step}", new FormUrlEncodedContent(form));
    }

    /// <summary>The first two steps, after which the worker profile exists.</summary>
    public static async Task CreateProfileAsync(HttpClient browser, int province = 27)
    {
        Ok(await StepAsync(browser, "basics", ("DisplayName", "Ahmad Haddad"), ("NationalityCode", "SY"), ("Phone", "0532 123 45 67")));
        Ok(await StepAsync(browser, "protection", ("ProtectionStatus", "TemporaryProtection"), ("ProtectionRegisteredOn", "2022-03-01"), ("RegisteredProvinceCode", province.ToString(System.Globalization.CultureInfo.InvariantCulture))));
    }

    public static async Task<HttpResponseMessage> UploadAsync(HttpClient browser, string kind, string fileName, byte[] content, string claimedType = "application/pdf")
    {
        var page = await browser.GetStringAsync("/my/profile/documents");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(IdentityPortalFactory.Token(page)), "__RequestVerificationToken" },
            { new StringContent(kind), "kind" },
        };
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(claimedType);
        form.Add(file, "file", fileName);
        return await browser.PostAsync("/my/profile/documents", form);
    }

    public static void Ok(HttpResponseMessage response)
    {
        if (response.StatusCode != System.Net.HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Expected a redirect after saving, got {(int)response.StatusCode}.");
        }
    }
}

/// <summary>Files built byte by byte, so each test knows exactly what it uploads.</summary>
internal static class SampleFiles
{
    /// <summary>A one-page PDF whose text layer holds <paramref name="text"/> (Helvetica, one line per sentence).</summary>
    public static byte[] Pdf(string text)
    {
        var lines = text.Split('\n');
        var content = new StringBuilder("BT /F1 11 Tf 40 800 Td 14 TL\n");
        foreach (var line in lines)
        {
            content.Append('(').Append(line.Replace("\\", "\\\\").Replace("(", "\\(").Replace(")", "\\)")).Append(") Tj T*\n");
        }

        content.Append("ET");
        var stream = content.ToString();
        var objects = new[]
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            $"<< /Length {Encoding.ASCII.GetByteCount(stream)} >>\nstream\n{stream}\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        };
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(Encoding.ASCII.GetByteCount(pdf.ToString()));
            pdf.Append(i + 1).Append(" 0 obj\n").Append(objects[i]).Append("\nendobj\n");
        }

        var xref = Encoding.ASCII.GetByteCount(pdf.ToString());
        pdf.Append("xref\n0 ").Append(objects.Length + 1).Append("\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append(offset.ToString("D10", System.Globalization.CultureInfo.InvariantCulture)).Append(" 00000 n \n");
        }

        pdf.Append("trailer\n<< /Size ").Append(objects.Length + 1).Append(" /Root 1 0 R >>\nstartxref\n").Append(xref).Append("\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }

    /// <summary>A JPEG's structure (JFIF, EXIF with a GPS tag and a camera serial, a comment, tables, scan) around fake scan data.</summary>
    public static byte[] JpegWithExif()
    {
        using var jpeg = new MemoryStream();
        jpeg.Write([0xFF, 0xD8]);
        Segment(jpeg, 0xE0, "JFIF\0\u0001\u0002\0\0\u0001\0\u0001\0\0"u8.ToArray());
        Segment(jpeg, 0xE1, [.. "Exif\0\0"u8.ToArray(), .. "GPSLatitude 37.06 GPSLongitude 37.38 BodySerialNumber 4711"u8.ToArray()]);
        Segment(jpeg, 0xFE, "taken at home in Sahinbey"u8.ToArray());
        Segment(jpeg, 0xDB, [0x00, .. Enumerable.Repeat((byte)1, 64)]);
        Segment(jpeg, 0xDA, [0x01, 0x01, 0x00, 0x00, 0x3F, 0x00]);
        jpeg.Write([0x12, 0x34, 0x56, 0x78, 0x9A, 0xBC, 0xDE, 0xF0]);
        jpeg.Write([0xFF, 0xD9]);
        return jpeg.ToArray();
    }

    /// <summary>The first bytes of a Windows executable ("MZ" and the DOS stub), whatever name it is given.</summary>
    public static byte[] Executable() => [.. "MZ\u0090\0\u0003\0\0\0\u0004\0\0\0"u8.ToArray(), .. "This program cannot be run in DOS mode."u8.ToArray()];

    private static void Segment(Stream jpeg, byte marker, byte[] payload)
    {
        jpeg.Write([0xFF, marker, (byte)((payload.Length + 2) >> 8), (byte)((payload.Length + 2) & 0xFF)]);
        jpeg.Write(payload);
    }
}
