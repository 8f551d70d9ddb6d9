using LabourHub.Identity.Accounts;
using LabourHub.Identity.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace LabourHub.Identity.Server;

/// <summary>
/// Migrates the identity store, creates the roles and the reports.read scope, and (when demo seeding is on) one demo
/// account per role and the demo OpenID Connect clients listed in the README. Idempotent.
/// </summary>
public sealed class IdentitySeeder(
    IdentityStore store,
    RoleManager<IdentityRole> roles,
    UserManager<LabourHubUser> users,
    IOpenIddictApplicationManager applications,
    IOpenIddictScopeManager scopes,
    LabourHubIdentityOptions options,
    TimeProvider clock)
{
    public const string DemoPassword = "Demo-LabourHub-2026";
    public const string MinistryClientId = "ministry-dashboard";
    public const string MinistryClientSecret = "ministry-demo-secret-2026";
    public const string MobileClientId = "labourhub-mobile";
    public const string MobileRedirectUri = "http://127.0.0.1:7890/callback";

    public const string PartnerClientId = "partner-job-board";
    public const string PartnerRedirectUri = "http://127.0.0.1:7891/callback";

    /// <summary>The authenticator key of the demo staff and owner accounts (Base32), published in the README.</summary>
    public const string DemoAuthenticatorKey = "LABOURHUBDEMOKEYTOTPSECRETXYZ234";

    public static readonly IReadOnlyList<(string UserName, string Role, string Culture)> DemoAccounts =
    [
        ("worker@demo.labourhub.example", Roles.Worker, "ar"),
        ("owner@demo.labourhub.example", Roles.EmployerOwner, "tr"),
        ("recruiter@demo.labourhub.example", Roles.EmployerRecruiter, "tr"),
        ("caseworker@demo.labourhub.example", Roles.CaseWorker, "en"),
        ("analyst@demo.labourhub.example", Roles.MinistryAnalyst, "tr"),
        ("admin@demo.labourhub.example", Roles.Admin, "en"),
    ];

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        await store.Database.MigrateAsync(cancellationToken);
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Check(await roles.CreateAsync(new IdentityRole(role)));
            }
        }

        if (await scopes.FindByNameAsync(IdentityScopes.ReportsRead, cancellationToken) is null)
        {
            await scopes.CreateAsync(new OpenIddictScopeDescriptor { Name = IdentityScopes.ReportsRead, DisplayName = "Labour-market reports (aggregates only)" }, cancellationToken);
        }

        if (options.SeedDemoAccounts)
        {
            await SeedDemoAccountsAsync();
            await SeedDemoClientsAsync(cancellationToken);
            await SeedPartnerClientAsync(cancellationToken);
        }
    }

    private async Task SeedDemoAccountsAsync()
    {
        foreach (var (userName, role, culture) in DemoAccounts)
        {
            if (await users.FindByNameAsync(userName) is not null)
            {
                continue;
            }

            var user = new LabourHubUser { UserName = userName, Email = userName, EmailConfirmed = true, PreferredCulture = culture, CreatedAt = clock.GetUtcNow() };
            Check(await users.CreateAsync(user, DemoPassword));
            Check(await users.AddToRoleAsync(user, role));
            if (MfaPolicy.RequiredFor.Contains(role))
            {
                Check(await users.SetAuthenticationTokenAsync(user, "[AspNetUserStore]", "AuthenticatorKey", DemoAuthenticatorKey));
                Check(await users.SetTwoFactorEnabledAsync(user, true));
            }
        }
    }

    private async Task SeedDemoClientsAsync(CancellationToken cancellationToken)
    {
        if (await applications.FindByClientIdAsync(MinistryClientId, cancellationToken) is null)
        {
            await applications.CreateAsync(new OpenIddictApplicationDescriptor
            {
                ClientId = MinistryClientId,
                ClientSecret = MinistryClientSecret,
                ClientType = ClientTypes.Confidential,
                DisplayName = "Ministry labour-market dashboard (demo)",
                Permissions =
                {
                    Permissions.Endpoints.Token,
                    Permissions.GrantTypes.ClientCredentials,
                    Permissions.Prefixes.Scope + IdentityScopes.ReportsRead,
                },
            }, cancellationToken);
        }

        if (await applications.FindByClientIdAsync(MobileClientId, cancellationToken) is null)
        {
            await applications.CreateAsync(new OpenIddictApplicationDescriptor
            {
                ClientId = MobileClientId,
                ClientType = ClientTypes.Public,
                ConsentType = ConsentTypes.Implicit,
                DisplayName = "LabourHub mobile app (demo)",
                RedirectUris = { new Uri(MobileRedirectUri) },
                Permissions =
                {
                    Permissions.Endpoints.Authorization,
                    Permissions.Endpoints.Token,
                    Permissions.Endpoints.EndSession,
                    Permissions.GrantTypes.AuthorizationCode,
                    Permissions.GrantTypes.RefreshToken,
                    Permissions.ResponseTypes.Code,
                    Permissions.Scopes.Profile,
                    Permissions.Scopes.Roles,
                },
                Requirements = { Requirements.Features.ProofKeyForCodeExchange },
            }, cancellationToken);
        }
    }

    private async Task SeedPartnerClientAsync(CancellationToken cancellationToken)
    {
        if (await applications.FindByClientIdAsync(PartnerClientId, cancellationToken) is not null)
        {
            return;
        }

        await applications.CreateAsync(new OpenIddictApplicationDescriptor
        {
            ClientId = PartnerClientId,
            ClientType = ClientTypes.Public,
            ConsentType = ConsentTypes.Explicit,
            DisplayName = "Partner job board (demo third-party client)",
            RedirectUris = { new Uri(PartnerRedirectUri) },
            Permissions =
            {
                Permissions.Endpoints.Authorization,
                Permissions.Endpoints.Token,
                Permissions.GrantTypes.AuthorizationCode,
                Permissions.ResponseTypes.Code,
                Permissions.Scopes.Profile,
            },
            Requirements = { Requirements.Features.ProofKeyForCodeExchange },
        }, cancellationToken);
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Identity seeding failed: " + string.Join(", ", result.Errors.Select(e => e.Code)));
        }
    }
}
