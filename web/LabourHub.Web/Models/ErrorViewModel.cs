namespace LabourHub.Web.Models;

/// <summary>What an error page shows: what happened, what to do, and the trace id to quote.</summary>
public sealed record ErrorViewModel(int StatusCode, string TraceId);
