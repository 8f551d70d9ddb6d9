namespace LabourHub.Domain.Common;

/// <summary>Thrown when code tries to break an invariant that callers should have checked (a programming error).</summary>
public sealed class DomainRuleException : Exception
{
    public DomainRuleException(DomainError error)
        : base($"Domain rule broken: {error.Code}")
    {
        Error = error;
    }

    public DomainRuleException()
        : this(new DomainError("domain.unknown"))
    {
    }

    public DomainRuleException(string message)
        : base(message)
    {
        Error = new DomainError("domain.unknown");
    }

    public DomainRuleException(string message, Exception innerException)
        : base(message, innerException)
    {
        Error = new DomainError("domain.unknown");
    }

    public DomainError Error { get; }
}
