using System.Text.Encodings.Web;
using System.Text.Unicode;
using LabourHub.Web.Localization;
using Microsoft.Extensions.WebEncoders;
using Microsoft.AspNetCore.Mvc;

namespace LabourHub.Web.Infrastructure;

public static class PortalServiceCollectionExtensions
{
    /// <summary>MVC with localised views and data annotations, antiforgery on every unsafe request, ProblemDetails.</summary>
    public static IServiceCollection AddPortal(this IServiceCollection services)
    {
        // Pages and assets travel compressed (a first visit must fit a weak phone connection: docs/benchmarks.md).
        // Over HTTPS too: the only secret in a page is the antiforgery token, which is new in every response, so a
        // BREACH-style guess has nothing stable to converge on.
        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<Microsoft.AspNetCore.ResponseCompression.BrotliCompressionProvider>();
            options.Providers.Add<Microsoft.AspNetCore.ResponseCompression.GzipCompressionProvider>();
            options.MimeTypes = Microsoft.AspNetCore.ResponseCompression.ResponseCompressionDefaults.MimeTypes.Concat(["image/svg+xml"]);
        });
        services.Configure<Microsoft.AspNetCore.ResponseCompression.BrotliCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Fastest);
        services.Configure<Microsoft.AspNetCore.ResponseCompression.GzipCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Fastest);

        services.AddControllersWithViews(options =>
            {
                options.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
                options.ModelBinderProviders.Insert(0, new InvariantDecimalModelBinderProvider());
            })
            .AddViewLocalization()
            .AddDataAnnotationsLocalization(options =>
                options.DataAnnotationLocalizerProvider = (type, factory) =>
                    factory.Create(type.Assembly == typeof(LabourHub.Identity.IdentityResource).Assembly ? typeof(LabourHub.Identity.IdentityResource) : typeof(SharedResource)));
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "lh.af";
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        services.AddProblemDetails();

        // Turkish, Arabic and Persian text goes out as UTF-8, not as numeric entities (lighter pages, readable source).
        services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddExceptionHandler<ApiExceptionHandler>();
        services.AddScoped<LabourHub.Application.Notifications.INotificationMailer, NotificationMailer>();
        services.AddHsts(options => options.MaxAge = TimeSpan.FromDays(365));
        services.AddSingleton(_ => Reports.ProvinceMap.Load());
        return services;
    }

    /// <summary>The OpenAPI document for /api/v1.</summary>
    public static IServiceCollection AddPortalApi(this IServiceCollection services)
    {
        services.AddOpenApi("v1", options =>
        {
            options.ShouldInclude = description => description.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true;
            options.AddSchemaTransformer((schema, context, _) =>
            {
                if (context.JsonTypeInfo.Type == typeof(LabourHub.Application.Reports.ReportCount))
                {
                    // A count of people: a number, or the string "<10" when fewer than ten people are behind it.
                    schema.Type = Microsoft.OpenApi.JsonSchemaType.Integer | Microsoft.OpenApi.JsonSchemaType.String;
                    schema.Properties?.Clear();
                    schema.Description = "A count of people: an integer of at least 10, or the string \"<10\" (suppressed).";
                }

                return Task.CompletedTask;
            });
        });
        services.AddAuthorizationBuilder().AddPolicy(Api.ReportsReadPolicy.Name, policy => policy.RequireAuthenticatedUser().RequireAssertion(c => Api.ReportsReadPolicy.Allows(c.User)));
        return services;
    }
}
