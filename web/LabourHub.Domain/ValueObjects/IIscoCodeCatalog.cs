namespace LabourHub.Domain.ValueObjects;

/// <summary>The ISCO-08 groups known to the reference data (implemented outside the domain).</summary>
public interface IIscoCodeCatalog
{
    bool Exists(string code);
}
