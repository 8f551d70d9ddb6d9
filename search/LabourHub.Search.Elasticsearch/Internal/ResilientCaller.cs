using System.Text.Json;
using System.Text.Json.Nodes;
using Elastic.Transport;
using Elastic.Transport.Products.Elasticsearch;
using LabourHub.Search.Contract;

namespace LabourHub.Search.Elasticsearch.Internal;

/// <summary>
/// Runs one Elasticsearch call with a per-attempt timeout and exponential backoff. Retried: 429, 502, 503, 504,
/// timeouts and connection failures. Not retried: other 4xx and 5xx. Every failure becomes a
/// <see cref="SearchUnavailableException"/> whose message names the operation and the HTTP status, never the query or
/// documents (they may hold personal data).
/// </summary>
internal sealed class ResilientCaller(ElasticsearchSearchOptions options, TimeProvider timeProvider)
{
    private static readonly int[] RetriedStatuses = [429, 502, 503, 504];

    public async Task<TResponse> RunAsync<TResponse>(
        string operation,
        Func<CancellationToken, Task<TResponse>> call,
        CancellationToken cancellationToken,
        Func<TResponse, bool>? acceptFailure = null,
        int? maxRetries = null)
        where TResponse : TransportResponse
    {
        var retries = maxRetries ?? options.MaxRetries;
        for (var attempt = 1; ; attempt++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var outcome = await AttemptAsync(call, acceptFailure, cancellationToken);
            if (outcome.Problem is null)
            {
                return outcome.Response!;
            }

            // A transport that reports the caller's cancellation as a failed response still ends in cancellation.
            cancellationToken.ThrowIfCancellationRequested();

            if (!outcome.Retry || attempt > retries)
            {
                var message = $"Elasticsearch {operation} failed: {outcome.Problem} (attempt {attempt} of {retries + 1}).";
                throw outcome.Error is null ? new SearchUnavailableException(message) : new SearchUnavailableException(message, outcome.Error);
            }

            await Task.Delay(Backoff(attempt), timeProvider, cancellationToken);
        }
    }

    /// <summary>The wait after the given failed attempt (1-based): base, 2 x base, 4 x base... capped at MaxBackoff.</summary>
    public TimeSpan Backoff(int attempt)
    {
        var factor = Math.Pow(2, Math.Clamp(attempt - 1, 0, 30));
        return TimeSpan.FromTicks((long)Math.Min(options.BaseBackoff.Ticks * factor, options.MaxBackoff.Ticks));
    }

    private async Task<Outcome<TResponse>> AttemptAsync<TResponse>(
        Func<CancellationToken, Task<TResponse>> call,
        Func<TResponse, bool>? acceptFailure,
        CancellationToken cancellationToken)
        where TResponse : TransportResponse
    {
        using var timeout = new CancellationTokenSource(options.RequestTimeout, timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            var response = await call(linked.Token);
            if (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested && response.ApiCallDetails.HttpStatusCode is null)
            {
                return Outcome<TResponse>.Failed(TimedOut(), retry: true, response.ApiCallDetails.OriginalException);
            }

            return Classify(response, acceptFailure);
        }
        catch (Exception e) when (cancellationToken.IsCancellationRequested && e is OperationCanceledException or TransportException)
        {
            throw new OperationCanceledException("The search call was cancelled.", e, cancellationToken);
        }
        catch (Exception e) when (timeout.IsCancellationRequested && e is OperationCanceledException or TransportException)
        {
            return Outcome<TResponse>.Failed(TimedOut(), retry: true, e);
        }
        catch (Exception e) when (e is TransportException or HttpRequestException or IOException or TimeoutException)
        {
            var cause = Unwrap(e);
            var retry = cause is HttpRequestException or IOException or TimeoutException or OperationCanceledException;
            return Outcome<TResponse>.Failed($"no answer ({cause.GetType().Name})", retry, e);
        }
    }

    private string TimedOut() => $"timed out after {options.RequestTimeout.TotalMilliseconds:0} ms";

    private static Outcome<TResponse> Classify<TResponse>(TResponse response, Func<TResponse, bool>? acceptFailure)
        where TResponse : TransportResponse
    {
        var details = response.ApiCallDetails;
        var status = details.HttpStatusCode;
        var valid = response is ElasticsearchResponse typed ? typed.IsValidResponse : details.HasSuccessfulStatusCode;
        if (valid || status is >= 200 and < 300 || (acceptFailure?.Invoke(response) ?? false))
        {
            return new Outcome<TResponse>(response, null, false, null);
        }

        if (status is null)
        {
            var cause = details.OriginalException is null ? null : Unwrap(details.OriginalException);
            return Outcome<TResponse>.Failed($"no answer ({cause?.GetType().Name ?? "no response"})", retry: true, details.OriginalException);
        }

        var errorType = ErrorType(response);
        var problem = errorType is null ? $"HTTP {status}" : $"HTTP {status} ({errorType})";
        // The transport's exception carries the call's debug text: it is left out so nothing of the request travels on.
        return Outcome<TResponse>.Failed(problem, RetriedStatuses.Contains(status.Value), null);
    }

    /// <summary>The error type Elasticsearch named (index_not_found_exception...), from a typed or a raw response.</summary>
    public static string? ErrorType(TransportResponse response)
    {
        if (response is ElasticsearchResponse typed)
        {
            return typed.ElasticsearchServerError?.Error?.Type;
        }

        if (response is StringResponse { Body: { Length: > 0 } body })
        {
            try
            {
                return JsonNode.Parse(body)?["error"]?["type"]?.GetValue<string>();
            }
            catch (Exception e) when (e is JsonException or InvalidOperationException)
            {
                return null;
            }
        }

        return null;
    }

    private static Exception Unwrap(Exception e) =>
        e is UnexpectedTransportException { InnerException: { } inner } ? inner : e;

    private sealed record Outcome<TResponse>(TResponse? Response, string? Problem, bool Retry, Exception? Error)
    {
        public static Outcome<TResponse> Failed(string problem, bool retry, Exception? error) => new(default, problem, retry, error);
    }
}
