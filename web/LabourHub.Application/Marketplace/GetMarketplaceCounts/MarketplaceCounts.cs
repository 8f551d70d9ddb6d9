namespace LabourHub.Application.Marketplace.GetMarketplaceCounts;

/// <summary>The live figures on the home page.</summary>
public sealed record MarketplaceCounts(int Workers, int Employers, int OpenVacancies, int OpenPositions, int Hires);
