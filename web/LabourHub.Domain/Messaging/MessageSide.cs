namespace LabourHub.Domain.Messaging;

/// <summary>Which side of an application a person writes from: the worker who applied, or the business that advertised.</summary>
public enum MessageSide
{
    Worker = 1,
    Employer = 2,
}
