using System.Globalization;
using LabourHub.Application.Common;
using Microsoft.AspNetCore.Localization;

namespace LabourHub.Web.Localization;

/// <summary>
/// Cultures tr (default), en, ar and fa. The user's choice comes from ?culture=, then the culture cookie, then the
/// browser; a choice made with ?culture= is remembered in the cookie for the next pages.
/// </summary>
public static class PortalLocalizationExtensions
{
    public static IServiceCollection AddPortalLocalization(this IServiceCollection services)
    {
        services.AddLocalization(options => options.ResourcesPath = "Resources");
        services.AddSingleton<Microsoft.Extensions.Options.IConfigureOptions<Microsoft.AspNetCore.Mvc.MvcOptions>, LocalisedModelBindingMessages>();
        services.Configure<RequestLocalizationOptions>(options =>
        {
            var cultures = CultureLanguage.Supported.Select(CreateCulture).ToList();
            options.DefaultRequestCulture = new RequestCulture(CultureLanguage.Default);
            options.SupportedCultures = cultures;
            options.SupportedUICultures = cultures;
            options.FallBackToParentCultures = true;
            options.FallBackToParentUICultures = true;
            options.RequestCultureProviders =
            [
                new QueryStringRequestCultureProvider(),
                new CookieRequestCultureProvider(),
                new AcceptLanguageHeaderRequestCultureProvider(),
            ];
        });
        return services;
    }

    /// <summary>
    /// ICU's Arabic and Persian group digits with "’" and "٬"; job ads in Türkiye write wages with Latin digits and
    /// commas, which is what people compare with their payslip, so those two cultures group with ",".
    /// </summary>
    private static CultureInfo CreateCulture(string name)
    {
        var culture = new CultureInfo(name);
        if (CultureLanguage.IsRightToLeft(name))
        {
            culture.NumberFormat.NumberGroupSeparator = ",";
            culture.NumberFormat.CurrencyGroupSeparator = ",";
            culture.NumberFormat.NumberDecimalSeparator = ".";
            culture.NumberFormat.CurrencyDecimalSeparator = ".";
        }

        return culture;
    }

    public static IApplicationBuilder UsePortalLocalization(this IApplicationBuilder app)
    {
        app.UseRequestLocalization();
        app.Use((context, next) =>
        {
            var asked = context.Request.Query["culture"].ToString();
            var chosen = context.Features.Get<IRequestCultureFeature>();
            if (asked.Length > 0 && chosen?.Provider is QueryStringRequestCultureProvider)
            {
                RememberCulture(context.Response, chosen.RequestCulture.UICulture.Name);
            }

            return next(context);
        });
        return app;
    }

    public static void RememberCulture(HttpResponse response, string culture)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions { MaxAge = TimeSpan.FromDays(365), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });
    }
}
