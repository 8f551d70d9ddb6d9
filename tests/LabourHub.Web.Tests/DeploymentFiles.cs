using System.Reflection;
using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace LabourHub.Web.Tests;

/// <summary>Reads infra/ files: YAML as nested dictionaries and lists (merge keys resolved), and the settings the app binds.</summary>
internal static class DeploymentFiles
{
    public static string Root { get; } = FindRoot();

    public static string Path(string relative) => System.IO.Path.Combine(Root, relative);

    /// <summary>Every YAML document in a file (Kubernetes files may hold several).</summary>
    public static List<Dictionary<object, object>> Documents(string relative)
    {
        using var reader = new StringReader(File.ReadAllText(Path(relative)));
        var parser = new MergingParser(new Parser(reader));
        var deserializer = new DeserializerBuilder().Build();
        var documents = new List<Dictionary<object, object>>();
        parser.Consume<YamlDotNet.Core.Events.StreamStart>();
        while (parser.Accept<YamlDotNet.Core.Events.DocumentStart>(out _))
        {
            if (deserializer.Deserialize<Dictionary<object, object>?>(parser) is { } document)
            {
                documents.Add(document);
            }
        }

        return documents;
    }

    public static Dictionary<object, object> Map(this object node, string key) =>
        Assert.IsType<Dictionary<object, object>>(((Dictionary<object, object>)node)[key]);

    public static List<object> List(this object node, string key) =>
        Assert.IsType<List<object>>(((Dictionary<object, object>)node)[key]);

    public static string Text(this object node, string key) => Convert.ToString(((Dictionary<object, object>)node)[key], System.Globalization.CultureInfo.InvariantCulture)!;

    public static bool Has(this object node, string key) => ((Dictionary<object, object>)node).ContainsKey(key);

    /// <summary>
    /// Every setting the app binds, as environment variable names (Section__Key, Section__Nested__Key), read from the
    /// options classes themselves, so a misspelt variable in compose or Kubernetes fails a test.
    /// </summary>
    public static HashSet<string> KnownSettings()
    {
        var known = new HashSet<string>(StringComparer.Ordinal);
        Add(known, "LabourHub", typeof(LabourHub.Infrastructure.Configuration.LabourHubOptions));
        Add(known, "Database", typeof(LabourHub.Infrastructure.Configuration.DatabaseOptions));
        Add(known, "Search", typeof(LabourHub.Infrastructure.Search.SearchOptions));
        Add(known, "Notifications", typeof(LabourHub.Infrastructure.Notifications.NotificationMailOptions));
        Add(known, "Jobs", typeof(LabourHub.Infrastructure.Jobs.JobLeaseOptions));
        Add(known, "Identity", typeof(LabourHub.Identity.LabourHubIdentityOptions));
        Add(known, "Telemetry", typeof(LabourHub.Web.Infrastructure.TelemetryOptions));
        Add(known, "PublicCache", typeof(LabourHub.Web.Infrastructure.PublicCacheOptions));
        Add(known, "Stripe", typeof(LabourHub.Infrastructure.Support.StripeOptions));
        Add(known, "Support", typeof(LabourHub.Infrastructure.Support.SupportOptions));
        Add(known, "Reports", typeof(LabourHub.Application.Reports.ReportsOptions));
        Add(known, "Matching", typeof(LabourHub.Infrastructure.Matching.MatchingOptions));
        return known;
    }

    private static void Add(HashSet<string> known, string prefix, Type options)
    {
        foreach (var property in options.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite))
        {
            var name = $"{prefix}__{property.Name}";
            var type = property.PropertyType;
            if (type.IsClass && type != typeof(string) && type != typeof(Uri) && !typeof(Delegate).IsAssignableFrom(type))
            {
                Add(known, name, type);
            }
            else
            {
                known.Add(name);
            }
        }
    }

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(System.IO.Path.Combine(directory.FullName, "LabourHub.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("LabourHub.sln not found above the test folder.");
    }
}
