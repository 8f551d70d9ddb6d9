using LabourHub.Domain.Identifiers;

namespace LabourHub.Domain.Employers;

/// <summary>A recruiter the owner invited to work for the business (by user id, opaque to the domain).</summary>
public sealed class EmployerMember
{
    private EmployerMember()
    {
        UserId = string.Empty;
    }

    public Guid Id { get; private set; }
    public EmployerId EmployerId { get; private set; }
    public string UserId { get; private set; }
    public DateTimeOffset InvitedAt { get; private set; }

    public static EmployerMember Invite(EmployerId employer, string userId, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        return new EmployerMember { Id = Guid.CreateVersion7(), EmployerId = employer, UserId = userId, InvitedAt = now };
    }
}
