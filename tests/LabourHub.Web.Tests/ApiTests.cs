using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace LabourHub.Web.Tests;

[Collection(PortalTestGroup.Name)]
[Trait("Capability", "Foundation")]
public sealed class ApiTests(PortalFactory portal)
{
    [Fact]
    public async Task Vacancies_AnswersThePageEnvelope()
    {
        using var json = await GetJson("/api/v1/vacancies?pageSize=5&page=2");

        Assert.Equal(5, json.RootElement.GetProperty("items").GetArrayLength());
        Assert.True(json.RootElement.GetProperty("total").GetInt32() > 100);
        Assert.Equal(2, json.RootElement.GetProperty("page").GetInt32());
        var first = json.RootElement.GetProperty("items")[0];
        Assert.True(Guid.TryParse(first.GetProperty("id").GetString(), out _));
        Assert.True(first.GetProperty("wageMin").GetDecimal() > 0);
    }

    [Fact]
    public async Task Vacancies_TextFilter_IgnoresTurkishLettersAndCase()
    {
        using var withLetters = await GetJson("/api/v1/vacancies?q=" + Uri.EscapeDataString("İŞÇİ") + "&pageSize=100");
        using var plain = await GetJson("/api/v1/vacancies?q=isci&pageSize=100");

        Assert.True(withLetters.RootElement.GetProperty("total").GetInt32() > 0);
        Assert.Equal(withLetters.RootElement.GetProperty("total").GetInt32(), plain.RootElement.GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("/api/v1/vacancies?pageSize=abc")]
    [InlineData("/api/v1/vacancies?page=0")]
    [InlineData("/api/v1/vacancies?pageSize=101")]
    [InlineData("/api/v1/vacancies?province=82")]
    [InlineData("/api/v1/vacancies?isco=12345")]
    [InlineData("/api/v1/vacancies?page=99999999999")]
    [InlineData("/api/v1/reference/occupations")]
    [InlineData("/api/v1/reference/occupations?q=k")]
    [InlineData("/api/v1/reference/occupations?q=kayn&culture=xx")]
    [InlineData("/api/v1/reference/occupations?q=kayn&limit=0")]
    public async Task MalformedParameters_Answer400ProblemDetails_Never500(string url)
    {
        var response = await portal.Browser().GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(400, json.RootElement.GetProperty("status").GetInt32());
        Assert.True(json.RootElement.TryGetProperty("errors", out _));
    }

    [Fact]
    public async Task UnknownApiPath_Answers404ProblemDetails()
    {
        var response = await portal.Browser().GetAsync("/api/v1/no-such-thing");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task OccupationAutocomplete_KaynInTurkish_FindsWelders()
    {
        using var json = await GetJson("/api/v1/reference/occupations?q=kayn&culture=tr");
        var items = json.RootElement.GetProperty("items").EnumerateArray().ToList();

        Assert.Contains(items, i => i.GetProperty("iscoCode").GetString() == "7212");
        Assert.StartsWith("Kaynak", items[0].GetProperty("label").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("kaynakci", "tr", "7212")]
    [InlineData("لحام", "ar", "7212")]
    [InlineData("weld", "en", "7212")]
    [InlineData("dikis", "tr", "7533")]
    [InlineData("weld", "fa", "7212")]
    public async Task OccupationAutocomplete_FoldsLettersAndFallsBackToEnglish(string q, string culture, string expected)
    {
        using var json = await GetJson($"/api/v1/reference/occupations?q={Uri.EscapeDataString(q)}&culture={culture}&limit=20");

        Assert.Contains(json.RootElement.GetProperty("items").EnumerateArray(), i => i.GetProperty("iscoCode").GetString() == expected);
    }

    [Theory]
    [InlineData("vkn", "1234567891", "tr", "Bu vergi kimlik numarası (VKN) geçerli değil")]
    [InlineData("vkn", "1234567891", "ar", "هذا الرقم الضريبي (VKN) غير صالح")]
    [InlineData("tckn", "12345678901", "en", "This T.C. identity number is not valid")]
    [InlineData("ykn", "10000000146", "tr", "99 ile başlar")]
    [InlineData("phone", "12ab", "fa", "شمارهٔ تلفن را")]
    [InlineData("isco", "7299", "en", "There is no ISCO-08 occupation with this code")]
    [InlineData("cefr", "B3", "ar", "مستويات اللغة")]
    [InlineData("iban", "TR00", "en", "cannot check this kind of value")]
    public async Task Validation_BadValues_Answer400WithALocalisedMessage(string kind, string value, string culture, string message)
    {
        var response = await portal.Browser().GetAsync($"/api/v1/validation/{kind}?value={Uri.EscapeDataString(value)}&culture={culture}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(message, problem.GetProperty("title").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("vkn", "1234567890", "1234567890")]
    [InlineData("phone", "0532 123 45 67", "+905321234567")]
    [InlineData("isco", "7212", "7212")]
    [InlineData("cefr", "b1", "B1")]
    public async Task Validation_GoodValues_AnswerTheNormalisedValue(string kind, string value, string normalised)
    {
        using var json = await GetJson($"/api/v1/validation/{kind}?value={Uri.EscapeDataString(value)}");

        Assert.True(json.RootElement.GetProperty("valid").GetBoolean());
        Assert.Equal(normalised, json.RootElement.GetProperty("normalised").GetString());
    }

    [Fact]
    public async Task OpenApiDocument_DescribesTheApi()
    {
        var document = await portal.Browser().GetStringAsync("/openapi/v1.json");

        Assert.Contains("\"/api/v1/vacancies\"", document, StringComparison.Ordinal);
        Assert.Contains("\"/api/v1/reference/occupations\"", document, StringComparison.Ordinal);
    }

    private async Task<JsonDocument> GetJson(string url)
    {
        var response = await portal.Browser().GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }
}
