namespace LabourHub.Domain.Privacy;

/// <summary>What a person can agree to, one purpose at a time (KVKK: consent is specific and can be withdrawn).</summary>
public enum ConsentPurpose
{
    /// <summary>Use my profile to rank jobs for me and me for jobs.</summary>
    Matching = 1,

    /// <summary>Let employers I did not apply to find my profile (only the fields I share).</summary>
    DiscoverableToEmployers = 2,

    /// <summary>Let my assigned case worker see my profile and help me.</summary>
    CaseWorkerAccess = 3,

    /// <summary>Count me, anonymously, in statistics for the ministry (groups under 10 are never shown).</summary>
    AnonymisedStatistics = 4,
}
