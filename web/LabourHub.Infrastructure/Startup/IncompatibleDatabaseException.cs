namespace LabourHub.Infrastructure.Startup;

/// <summary>The database was written by a newer LabourHub; starting would risk corrupting it.</summary>
public sealed class IncompatibleDatabaseException : Exception
{
    public IncompatibleDatabaseException()
    {
    }

    public IncompatibleDatabaseException(string message)
        : base(message)
    {
    }

    public IncompatibleDatabaseException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
