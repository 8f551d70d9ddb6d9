using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using LabourHub.Domain.Identifiers;

namespace LabourHub.Domain.Workflow;

/// <summary>
/// One line of a placement's append-only audit log. Each entry's SHA-256 covers its own content and the previous
/// entry's hash, so changing, removing or inserting any entry breaks the chain from that point on
/// (<see cref="AuditChain.Verify"/>). Entries are never updated or deleted by the application.
/// </summary>
public sealed class WorkflowAuditEntry
{
    /// <summary>The hash the first entry of every chain points back to.</summary>
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    private WorkflowAuditEntry()
    {
        Kind = string.Empty;
        Facts = string.Empty;
        Actor = string.Empty;
        PreviousHash = string.Empty;
        Hash = string.Empty;
    }

    public long Id { get; private set; }
    public PlacementId PlacementId { get; private set; }

    /// <summary>1, 2, 3...: the placement's version after this step.</summary>
    public int Sequence { get; private set; }

    public string Kind { get; private set; }

    /// <summary>The step's facts as "key=value" lines, sorted by key (the exact text that is hashed).</summary>
    public string Facts { get; private set; }

    /// <summary>Who acted: an opaque user id, or "system" for the deadline sweep.</summary>
    public string Actor { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }
    public string PreviousHash { get; private set; }
    public string Hash { get; private set; }

    public static WorkflowAuditEntry Append(WorkflowAuditEntry? previous, PlacementId placement, WorkflowStep step, string actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(step);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        var entry = new WorkflowAuditEntry
        {
            PlacementId = placement,
            Sequence = (previous?.Sequence ?? 0) + 1,
            Kind = step.Kind,
            Facts = string.Join('\n', step.Facts.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => $"{f.Key}={f.Value.Replace('\n', ' ')}")),
            Actor = actor,
            // Whole milliseconds in UTC: every database provider stores that exactly, so the hash survives a round trip.
            RecordedAt = new DateTimeOffset(now.UtcTicks - (now.UtcTicks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero),
            PreviousHash = previous?.Hash ?? Genesis,
        };
        entry.Hash = entry.ComputeHash();
        return entry;
    }

    /// <summary>The hash this entry's content and link should have.</summary>
    public string ComputeHash()
    {
        var text = string.Join('\u001f',
            PlacementId.Value.ToString("N"),
            Sequence.ToString(CultureInfo.InvariantCulture),
            Kind,
            Facts,
            Actor,
            RecordedAt.UtcTicks.ToString(CultureInfo.InvariantCulture),
            PreviousHash);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
