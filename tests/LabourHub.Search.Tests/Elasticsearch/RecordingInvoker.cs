using System.Text;
using Elastic.Transport;

namespace LabourHub.Search.Tests.Elasticsearch;

/// <summary>One request the client sent: method, path with query string, and body (NDJSON for bulk).</summary>
public sealed record RecordedRequest(string Method, string PathAndQuery, string? Body);

/// <summary>What the fake cluster answers: a status and body, or a delay, or an exception thrown by the "network".</summary>
public sealed record CannedResponse(int Status, string Body, TimeSpan? Delay = null, Exception? Throw = null)
{
    public static CannedResponse Ok(string body) => new(200, body);

    public static CannedResponse Error(int status, string type) =>
        new(status, $$"""{"error":{"root_cause":[{"type":"{{type}}","reason":"canned"}],"type":"{{type}}","reason":"canned"},"status":{{status}}}""");
}

/// <summary>
/// The edge of the world for the Elasticsearch provider: records every request's bytes and answers with canned
/// responses through Elastic.Transport's InMemoryRequestInvoker (with the product header the 9.x client checks).
/// </summary>
public sealed class RecordingInvoker(Func<RecordedRequest, int, CannedResponse> respond) : IRequestInvoker
{
    private static readonly InMemoryRequestInvoker Factory = new();
    private readonly List<RecordedRequest> _requests = [];
    private readonly Lock _gate = new();

    /// <summary>Answers in order; the last answer repeats when more requests come.</summary>
    public RecordingInvoker(params CannedResponse[] responses)
        : this((_, attempt) => responses[Math.Min(attempt, responses.Length - 1)])
    {
    }

    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (_gate)
            {
                return [.. _requests];
            }
        }
    }

    public ResponseFactory ResponseFactory => Factory.ResponseFactory;

    public async Task<TResponse> RequestAsync<TResponse>(Endpoint endpoint, BoundConfiguration boundConfiguration, PostData? postData, CancellationToken cancellationToken)
        where TResponse : TransportResponse, new()
    {
        string? body = null;
        if (postData is not null)
        {
            using var buffer = new MemoryStream();
            // Not cancellable: a timeout must still leave the request on record, or retry counts would depend on machine load.
            await postData.WriteAsync(buffer, boundConfiguration.ConnectionSettings, true, CancellationToken.None);
            body = Encoding.UTF8.GetString(buffer.ToArray());
        }

        var request = new RecordedRequest(endpoint.Method.ToString(), endpoint.PathAndQuery, body);
        int index;
        lock (_gate)
        {
            index = _requests.Count;
            _requests.Add(request);
        }

        var canned = respond(request, index);
        if (canned.Delay is { } delay)
        {
            await Task.Delay(delay, cancellationToken);
        }

        if (canned.Throw is { } exception)
        {
            throw exception;
        }

        var headers = new Dictionary<string, IEnumerable<string>>(StringComparer.OrdinalIgnoreCase)
        {
            ["x-elastic-product"] = ["Elasticsearch"],
        };
        var answer = new InMemoryRequestInvoker(Encoding.UTF8.GetBytes(canned.Body), canned.Status, null, "application/json", headers);
        return await answer.RequestAsync<TResponse>(endpoint, boundConfiguration, postData, cancellationToken);
    }

    public TResponse Request<TResponse>(Endpoint endpoint, BoundConfiguration boundConfiguration, PostData? postData)
        where TResponse : TransportResponse, new() =>
        throw new NotSupportedException("The provider only makes asynchronous calls.");

    public void Dispose()
    {
    }
}
