namespace LabourHub.Identity.Server;

/// <summary>LabourHub's own OAuth scopes.</summary>
public static class IdentityScopes
{
    /// <summary>Aggregated labour-market reports for ministry systems (client credentials). Never worker data.</summary>
    public const string ReportsRead = "reports.read";
}
