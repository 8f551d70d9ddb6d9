using System.Globalization;
using LabourHub.Infrastructure.Search;
using Microsoft.AspNetCore.OutputCaching;

namespace LabourHub.Web.Infrastructure;

/// <summary>The "PublicCache" configuration section: how long this process keeps anonymous search pages.</summary>
public sealed class PublicCacheOptions
{
    public const string SectionName = "PublicCache";

    /// <summary>Seconds an anonymous vacancy-search page is served from memory; 0 turns the cache off.</summary>
    public int Seconds { get; set; } = 30;

    /// <summary>The most memory the cached pages may take in this process, in megabytes (least recently used go first).</summary>
    public int SizeLimitMegabytes { get; set; } = 64;
}

/// <summary>
/// Anonymous vacancy searches are the portal's busiest page and the same for every visitor who reads the same
/// language: they are kept in memory for <see cref="PublicCacheOptions.Seconds"/>, keyed by the whole query string and
/// the page's language. Only anonymous GETs answered 200 without a cookie are kept (the framework's default policy),
/// so nothing personal is ever stored or served to someone else. When the indexer of this process writes vacancy
/// changes, the cached pages are dropped at once; other replicas drop theirs at expiry.
/// </summary>
public static class PublicPageCache
{
    public const string SearchPolicy = "public-search";

    private const string VacanciesTag = "vacancies";

    public static IServiceCollection AddPublicPageCache(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(PublicCacheOptions.SectionName).Get<PublicCacheOptions>() ?? new PublicCacheOptions();
        services.Configure<PublicCacheOptions>(configuration.GetSection(PublicCacheOptions.SectionName));
        services.AddSingleton<IVacancyIndexObserver, EvictOnVacancyChanges>();
        return services.AddOutputCache(cache =>
        {
            cache.SizeLimit = Math.Max(1, options.SizeLimitMegabytes) * 1024L * 1024L;
            cache.AddPolicy(SearchPolicy, policy =>
            {
                if (options.Seconds <= 0)
                {
                    policy.NoCache();
                    return;
                }

                policy.Expire(TimeSpan.FromSeconds(options.Seconds))
                    .SetVaryByQuery("*")
                    .VaryByValue(_ => new KeyValuePair<string, string>("culture", CultureInfo.CurrentUICulture.Name))
                    .Tag(VacanciesTag);
            });
        });
    }

    private sealed class EvictOnVacancyChanges(IOutputCacheStore store) : IVacancyIndexObserver
    {
        public Task VacanciesChangedAsync(CancellationToken cancellationToken) =>
            store.EvictByTagAsync(VacanciesTag, cancellationToken).AsTask();
    }
}
