namespace LabourHub.Domain.Common;

/// <summary>
/// An expected business failure. <see cref="Code"/> is stable and machine-readable (for example
/// <c>vkn.check_digit</c>); the web layer translates it into the reader's language.
/// </summary>
public sealed record DomainError(string Code)
{
    public override string ToString() => Code;
}
