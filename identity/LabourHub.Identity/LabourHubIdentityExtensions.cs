using System.Security.Cryptography.X509Certificates;
using LabourHub.Identity.Accounts;
using LabourHub.Identity.Persistence;
using LabourHub.Identity.Server;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OpenIddict.Validation.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace LabourHub.Identity;

public static class LabourHubIdentityExtensions
{
    /// <summary>Cookie for the portal, bearer tokens for the API: chosen per request by the Authorization header.</summary>
    public const string PortalOrBearerScheme = "LabourHub.PortalOrBearer";

    /// <summary>OWASP's 2023 figure for PBKDF2-HMAC-SHA512, the hash ASP.NET Core Identity v3 uses.</summary>
    public const int PasswordHashIterations = 210_000;

    public static IServiceCollection AddLabourHubIdentity(this IServiceCollection services, LabourHubIdentityOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        services.AddSingleton(options);
        services.TryAddSingleton(TimeProvider.System);
        services.AddAuthorizationBuilder()
            .AddPolicy(MfaPolicy.Name, policy => policy.RequireAuthenticatedUser().RequireClaim(MfaPolicy.AmrClaim, MfaPolicy.AmrMfa));
        if (options.Provider == "postgres")
        {
            services.AddDbContext<IdentityStore, PostgresIdentityStore>(o => o
                .UseNpgsql(options.ConnectionString, npgsql => npgsql.MigrationsHistoryTable(IdentityStore.HistoryTable))
                .UseOpenIddict());
        }
        else
        {
            services.AddDbContext<IdentityStore, SqliteIdentityStore>(o => o
                .UseSqlite(options.ConnectionString, sqlite => sqlite.MigrationsHistoryTable(IdentityStore.HistoryTable))
                .UseOpenIddict());
        }

        services.AddIdentity<LabourHubUser, IdentityRole>(identity =>
            {
                identity.Password.RequiredLength = 10;
                identity.Password.RequireDigit = false;
                identity.Password.RequireLowercase = false;
                identity.Password.RequireUppercase = false;
                identity.Password.RequireNonAlphanumeric = false;
                identity.Password.RequiredUniqueChars = 4;
                identity.Lockout.MaxFailedAccessAttempts = 5;
                identity.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                identity.Lockout.AllowedForNewUsers = true;
                identity.User.RequireUniqueEmail = false;
                identity.User.AllowedUserNameCharacters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._@+";
                identity.ClaimsIdentity.UserIdClaimType = Claims.Subject;
                identity.ClaimsIdentity.UserNameClaimType = Claims.Name;
                identity.ClaimsIdentity.RoleClaimType = Claims.Role;
                identity.Tokens.AuthenticatorTokenProvider = TotpTokenProvider.Name;
            })
            .AddEntityFrameworkStores<IdentityStore>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<TotpTokenProvider>(TotpTokenProvider.Name)
            .AddPasswordValidator<CommonPasswordValidator>();
        services.Configure<PasswordHasherOptions>(o => o.IterationCount = PasswordHashIterations);
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.Cookie.Name = "lh.auth";
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.Cookie.HttpOnly = true;
            cookie.LoginPath = "/account/login";
            cookie.LogoutPath = "/account/logout";
            cookie.AccessDeniedPath = "/account/denied";
            cookie.SlidingExpiration = true;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
            cookie.Events.OnRedirectToLogin = context => ApiAwareRedirect(context, StatusCodes.Status401Unauthorized);
            cookie.Events.OnRedirectToAccessDenied = context => ApiAwareRedirect(context, StatusCodes.Status403Forbidden);
        });

        services.AddAuthentication()
            .AddPolicyScheme(PortalOrBearerScheme, "Cookie or bearer token", policy => policy.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme
                    : IdentityConstants.ApplicationScheme);

        services.AddOpenIddict()
            .AddCore(core => core.UseEntityFrameworkCore().UseDbContext<IdentityStore>())
            .AddServer(server =>
            {
                server.SetAuthorizationEndpointUris("connect/authorize")
                    .SetTokenEndpointUris("connect/token")
                    .SetEndSessionEndpointUris("connect/logout")
                    .SetUserInfoEndpointUris("connect/userinfo");
                server.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange();
                server.Configure(o => o.CodeChallengeMethods.Remove(CodeChallengeMethods.Plain)); // S256 only
                server.AllowClientCredentialsFlow();
                server.AllowRefreshTokenFlow();
                server.RegisterScopes(Scopes.OpenId, Scopes.Profile, Scopes.Email, Scopes.Roles, Scopes.OfflineAccess, IdentityScopes.ReportsRead);
                server.SetAccessTokenLifetime(TimeSpan.FromMinutes(30));
                server.SetRefreshTokenLifetime(options.RefreshTokenLifetime);
                server.DisableSlidingRefreshTokenExpiration();
                server.SetRefreshTokenReuseLeeway(TimeSpan.Zero); // a used refresh token is refused at once (rotation)
                var password = options.CertificatePassword;
                server.AddSigningCertificate(CertificateStore.LoadOrCreate(
                    options.SigningCertificatePath ?? Path.Combine(options.KeysFolder, "oidc-signing.pfx"), password, X509KeyUsageFlags.DigitalSignature));
                server.AddEncryptionCertificate(CertificateStore.LoadOrCreate(
                    options.EncryptionCertificatePath ?? Path.Combine(options.KeysFolder, "oidc-encryption.pfx"), password, X509KeyUsageFlags.KeyEncipherment));
                var aspNetCore = server.UseAspNetCore();
                if (options.AllowHttp)
                {
                    aspNetCore.DisableTransportSecurityRequirement();
                }

                aspNetCore
                    .EnableAuthorizationEndpointPassthrough()
                    .EnableTokenEndpointPassthrough()
                    .EnableEndSessionEndpointPassthrough()
                    .EnableUserInfoEndpointPassthrough()
                    .EnableStatusCodePagesIntegration();
            })
            .AddValidation(validation =>
            {
                validation.UseLocalServer();
                validation.EnableTokenEntryValidation();
                validation.EnableAuthorizationEntryValidation();
                validation.UseAspNetCore();
            });

        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(AccountController.RateLimitPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "local",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = options.AccountAttemptsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
        services.AddScoped<IdentitySeeder>();
        services.AddScoped<Mail.AccountMailer>();
        if (options.RunTokenPruning)
        {
            services.AddHostedService<TokenPruningService>();
        }

        return services;
    }

    private static Task ApiAwareRedirect(RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments("/connect"))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
