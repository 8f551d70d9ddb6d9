namespace LabourHub.Infrastructure.DemoData;

/// <summary>A sector SMEs in the demo belong to, with the jobs they typically post.</summary>
/// <param name="Key">Stable key.</param>
/// <param name="NaceSection">NACE Rev.2 section.</param>
/// <param name="NaceCodes">NACE classes an employer of this sector is drawn from.</param>
/// <param name="NameSuffixes">Turkish words in company names of the sector.</param>
/// <param name="Weight">Share of demo employers.</param>
/// <param name="Jobs">Typical posts.</param>
internal sealed record SectorProfile(
    string Key,
    string NaceSection,
    string[] NaceCodes,
    string[] NameSuffixes,
    double Weight,
    JobProfile[] Jobs);
