using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Web;
using Duende.IdentityModel.Client;
using LabourHub.Identity.Server;

namespace LabourHub.Identity.Tests;

[Collection(IdentityTestGroup.Name)]
[Trait("Capability", "Identity")]
public sealed class OpenIdConnectTests(IdentityPortalFactory portal)
{
    [Fact]
    public async Task Discovery_And_ClientCredentials_WorkWithAnIndependentOidcClient()
    {
        var http = portal.CreateClient();
        var discovery = await http.GetDiscoveryDocumentAsync(new DiscoveryDocumentRequest
        {
            Address = http.BaseAddress!.ToString(),
            Policy = { RequireHttps = false, ValidateIssuerName = false, ValidateEndpoints = false },
        });
        Assert.False(discovery.IsError, discovery.Error);
        Assert.Contains("S256", discovery.CodeChallengeMethodsSupported);
        Assert.DoesNotContain("plain", discovery.CodeChallengeMethodsSupported);
        Assert.Contains("client_credentials", discovery.GrantTypesSupported);
        Assert.NotEmpty(discovery.KeySet!.Keys);

        var token = await http.RequestClientCredentialsTokenAsync(new ClientCredentialsTokenRequest
        {
            Address = discovery.TokenEndpoint,
            ClientId = IdentitySeeder.MinistryClientId,
            ClientSecret = IdentitySeeder.MinistryClientSecret,
            Scope = IdentityScopes.ReportsRead,
        });
        Assert.False(token.IsError, token.Error);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/me");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.AccessToken);
        var me = await (await http.SendAsync(request)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("client", me.GetProperty("kind").GetString());
        Assert.Equal(IdentitySeeder.MinistryClientId, me.GetProperty("id").GetString());
        Assert.Empty(me.GetProperty("roles").EnumerateArray());
        Assert.Contains(me.GetProperty("scopes").EnumerateArray(), s => s.GetString() == IdentityScopes.ReportsRead);
    }

    [Fact]
    public async Task ClientCredentials_WrongSecret_IsRefused()
    {
        var response = await portal.CreateClient().PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = IdentitySeeder.MinistryClientId,
            ["client_secret"] = "wrong",
        }));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Bearer not-a-token")]
    public async Task Me_WithoutValidCredentials_Is401(string? authorization)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/me");
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        var response = await portal.Browser().SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task AuthorizationCode_RequiresPkce_AndTheVerifier_AndRotatesRefreshTokens()
    {
        var browser = portal.Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await IdentityPortalFactory.SignInAsync(browser, "worker@demo.labourhub.example", IdentitySeeder.DemoPassword)).StatusCode);

        // Without a code challenge the server refuses the request.
        var noPkce = await browser.GetAsync(AuthorizeUrl(challenge: null));
        Assert.True(noPkce.StatusCode == HttpStatusCode.BadRequest || Location(noPkce).Contains("error=invalid_request", StringComparison.Ordinal),
            $"Expected a refusal, got {(int)noPkce.StatusCode} {Location(noPkce)}");
        Assert.DoesNotContain("code=", Location(noPkce), StringComparison.Ordinal);

        var verifier = Convert.ToHexString(RandomNumberGenerator.GetBytes(32));
        var challenge = Base64Url(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));
        var authorized = await browser.GetAsync(AuthorizeUrl(challenge));
        Assert.Equal(HttpStatusCode.Redirect, authorized.StatusCode);
        var redirect = new Uri(Location(authorized));
        Assert.StartsWith(IdentitySeeder.MobileRedirectUri, redirect.GetLeftPart(UriPartial.Path), StringComparison.Ordinal);
        var code = HttpUtility.ParseQueryString(redirect.Query)["code"]!;

        var withoutVerifier = await Exchange(new() { ["grant_type"] = "authorization_code", ["code"] = code, ["redirect_uri"] = IdentitySeeder.MobileRedirectUri });
        Assert.Equal(HttpStatusCode.BadRequest, withoutVerifier.StatusCode);

        // The failed attempt must not have helped an attacker: a fresh code with its verifier works.
        var again = await browser.GetAsync(AuthorizeUrl(challenge));
        var code2 = HttpUtility.ParseQueryString(new Uri(Location(again)).Query)["code"]!;
        var tokens = await Exchange(new() { ["grant_type"] = "authorization_code", ["code"] = code2, ["redirect_uri"] = IdentitySeeder.MobileRedirectUri, ["code_verifier"] = verifier });
        Assert.Equal(HttpStatusCode.OK, tokens.StatusCode);
        var body = await tokens.Content.ReadFromJsonAsync<JsonElement>();
        var refresh = body.GetProperty("refresh_token").GetString()!;

        var accessToken = body.GetProperty("access_token").GetString()!;
        var who = await Me(accessToken);
        Assert.Equal(HttpStatusCode.OK, who.StatusCode);
        var me = await who.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("user", me.GetProperty("kind").GetString());
        Assert.Contains(me.GetProperty("roles").EnumerateArray(), r => r.GetString() == "Worker");

        var first = await Exchange(new() { ["grant_type"] = "refresh_token", ["refresh_token"] = refresh });
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var reused = await Exchange(new() { ["grant_type"] = "refresh_token", ["refresh_token"] = refresh });
        Assert.Equal(HttpStatusCode.BadRequest, reused.StatusCode);

        // Reuse of a rotated refresh token revokes the whole chain, and token-entry validation refuses it at once.
        Assert.Equal(HttpStatusCode.Unauthorized, (await Me(accessToken)).StatusCode);
    }

    private async Task<HttpResponseMessage> Me(string accessToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/me");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return await portal.CreateClient().SendAsync(request);
    }

    [Fact]
    public async Task Authorize_WithAnUnregisteredRedirectUri_IsRefused()
    {
        var browser = portal.Browser();
        await IdentityPortalFactory.SignInAsync(browser, "worker@demo.labourhub.example", IdentitySeeder.DemoPassword);

        var response = await browser.GetAsync(AuthorizeUrl("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM", "http://127.0.0.1:7890/callback/evil"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain("evil", Location(response), StringComparison.Ordinal);
    }

    private static string AuthorizeUrl(string? challenge, string redirect = IdentitySeeder.MobileRedirectUri)
    {
        var query = $"/connect/authorize?client_id={IdentitySeeder.MobileClientId}&response_type=code&scope=openid%20profile%20offline_access&redirect_uri={Uri.EscapeDataString(redirect)}&state=xyz";
        return challenge is null ? query : query + $"&code_challenge={challenge}&code_challenge_method=S256";
    }

    private Task<HttpResponseMessage> Exchange(Dictionary<string, string> form)
    {
        form["client_id"] = IdentitySeeder.MobileClientId;
        return portal.CreateClient().PostAsync("/connect/token", new FormUrlEncodedContent(form));
    }

    private static string Location(HttpResponseMessage response) => response.Headers.Location?.ToString() ?? string.Empty;

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
