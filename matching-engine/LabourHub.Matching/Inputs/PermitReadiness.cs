namespace LabourHub.Matching.Inputs;

/// <summary>How soon the person could legally start, as the domain's eligibility rules decided.</summary>
public enum PermitReadiness
{
    Ready = 0,
    Later = 1,
    Unknown = 2,
}
