using LabourHub.Infrastructure.Configuration;
using LabourHub.Infrastructure.Matching.Models;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LabourHub.Infrastructure.Matching;

/// <summary>The serving ranker, the model store and retraining, and the need-line candidates.</summary>
public static class MatchingServiceCollectionExtensions
{
    public static IServiceCollection AddMatchingModels(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<MatchingOptions>().Bind(configuration.GetSection(MatchingOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<ServingRankerProvider>();
        services.AddSingleton<ModelRetrainer>();
        services.AddSingleton<ModelRetrainingJob>();
        services.AddScoped<LabourHub.Application.Matching.Models.IMatchingModels, MatchingModels>();
        services.AddScoped<LabourHub.Application.Matching.NeedLineCandidates.INeedLineCandidates, NeedLineRanker>();
        var options = configuration.GetSection(MatchingOptions.SectionName).Get<MatchingOptions>() ?? new MatchingOptions();
        if (options.RunRetraining && HostRole.RunsJobs(DependencyInjection.Role(configuration)))
        {
            services.AddHostedService(sp => sp.GetRequiredService<ModelRetrainingJob>());
        }

        return services;
    }
}
