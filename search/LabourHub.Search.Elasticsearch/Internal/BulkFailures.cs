using Elastic.Clients.Elasticsearch;
using LabourHub.Search.Contract;

namespace LabourHub.Search.Elasticsearch.Internal;

/// <summary>Turns per-item bulk errors into one exception that counts them (error types only: reasons may quote documents).</summary>
internal static class BulkFailures
{
    public static void ThrowIfAny(BulkResponse response, string operation, int sent, bool ignoreNotFound)
    {
        var failed = (response.Items ?? [])
            .Where(item => item.Error is not null || item.Status >= 300)
            .Where(item => !(ignoreNotFound && item.Status == 404))
            .ToList();
        if (failed.Count == 0)
        {
            return;
        }

        var types = string.Join(", ", failed.Select(item => item.Error?.Type ?? $"HTTP {item.Status}").Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
        var message = $"{failed.Count} of {sent} bulk {operation} operations failed ({types}).";

        // Rejections and server errors mean the cluster could not take the work now; anything else is a document the
        // mapping refuses, which a retry would not fix.
        if (failed.All(item => item.Status is 429 or >= 500))
        {
            throw new SearchUnavailableException(message);
        }

        throw new InvalidOperationException(message);
    }
}
