using LabourHub.Application.Common;
using LabourHub.Application.Reference;
using LabourHub.Domain.Reference;
using LabourHub.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LabourHub.Infrastructure.ReferenceData;

/// <summary>
/// The reference data every page needs, held in memory once loaded from the database (a few MB): province names,
/// ISCO-08 titles in three languages, NACE sections, and a folded label index for occupation autocomplete over
/// ISCO-08 titles (tr, ar, en) and ESCO occupation labels (en).
/// </summary>
public sealed class ReferenceCatalogue : IReferenceCatalogue
{
    private volatile Snapshot? _snapshot;

    public bool IsLoaded => _snapshot is not null;

    public IReadOnlyList<Province> Provinces => Current.Provinces;

    public IReadOnlyList<NaceActivity> NaceSections => Current.NaceSections;

    private Snapshot Current => _snapshot ?? throw new InvalidOperationException("The reference catalogue is used before the reference data was loaded.");

    public async Task LoadAsync(LabourHubDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var provinces = await db.Provinces.AsNoTracking().OrderBy(p => p.Code).ToListAsync(cancellationToken);
        var isco = await db.IscoGroups.AsNoTracking().ToListAsync(cancellationToken);
        var districts = await db.Districts.AsNoTracking().Where(d => d.Latitude != null && d.Longitude != null).ToListAsync(cancellationToken);
        var sections = await db.NaceActivities.AsNoTracking().Where(n => n.Level == 1).OrderBy(n => n.Code).ToListAsync(cancellationToken);
        var esco = await db.EscoOccupations.AsNoTracking()
            .Select(o => new { o.Uri, o.IscoCode, o.PreferredLabel, o.AltLabels })
            .ToListAsync(cancellationToken);

        var labels = new List<LabelEntry>(isco.Count * 3 + esco.Count * 4);
        foreach (var group in isco.Where(g => g.Level >= 3))
        {
            labels.Add(new LabelEntry("tr", group.TitleTr, group.Code, null));
            labels.Add(new LabelEntry("ar", group.TitleAr, group.Code, null));
            labels.Add(new LabelEntry("en", group.TitleEn, group.Code, null));
        }

        foreach (var occupation in esco)
        {
            labels.Add(new LabelEntry("en", occupation.PreferredLabel, occupation.IscoCode, occupation.Uri));
            foreach (var alt in occupation.AltLabels.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Take(3))
            {
                labels.Add(new LabelEntry("en", alt, occupation.IscoCode, occupation.Uri));
            }
        }

        _snapshot = new Snapshot(
            provinces,
            provinces.ToDictionary(p => p.Code, p => p.Name),
            isco.ToDictionary(g => g.Code, StringComparer.Ordinal),
            sections,
            districts
                .GroupBy(d => (d.ProvinceCode, TextFolding.Fold(d.Name)))
                .ToDictionary(g => g.Key, g => new GeoPosition(g.First().Latitude!.Value, g.First().Longitude!.Value)),
            provinces.ToDictionary(p => p.Code, p => new GeoPosition(p.Latitude, p.Longitude)),
            labels.DistinctBy(l => (l.Language, l.Folded, l.IscoCode)).ToArray());
    }

    public bool Exists(string code) => Current.Isco.ContainsKey(code);

    public string ProvinceName(int code) => Current.ProvinceNames.GetValueOrDefault(code, code.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public string OccupationTitle(string iscoCode, string language) =>
        Current.Isco.TryGetValue(iscoCode, out var group) ? group.Title(language) : iscoCode;

    public GeoPosition LocationOf(int provinceCode, string? district)
    {
        var snapshot = Current;
        if (!string.IsNullOrWhiteSpace(district) && snapshot.Districts.TryGetValue((provinceCode, TextFolding.Fold(district)), out var place))
        {
            return place;
        }

        return snapshot.ProvinceCentres.GetValueOrDefault(provinceCode);
    }

    public IReadOnlyList<OccupationSuggestion> SuggestOccupations(string query, string language, int limit)
    {
        var words = TextFolding.Fold(query).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || limit < 1)
        {
            return [];
        }

        var snapshot = Current;
        return snapshot.Labels
            .Where(l => (l.Language == language || l.Language == "en") && words.All(l.HasWordStartingWith))
            .OrderBy(l => l.Language == language ? 0 : 1)
            .ThenBy(l => l.Folded.StartsWith(words[0], StringComparison.Ordinal) ? 0 : 1)
            .ThenBy(l => l.EscoUri is null ? 0 : 1)
            .ThenBy(l => l.Label.Length)
            .DistinctBy(l => (l.IscoCode, l.EscoUri))
            .Take(limit)
            .Select(l => new OccupationSuggestion(l.Label, l.IscoCode, OccupationTitle(l.IscoCode, language), l.EscoUri))
            .ToList();
    }

    private sealed record Snapshot(
        IReadOnlyList<Province> Provinces,
        Dictionary<int, string> ProvinceNames,
        Dictionary<string, IscoGroup> Isco,
        IReadOnlyList<NaceActivity> NaceSections,
        Dictionary<(int Province, string District), GeoPosition> Districts,
        Dictionary<int, GeoPosition> ProvinceCentres,
        LabelEntry[] Labels);

    private sealed class LabelEntry
    {
        private readonly string[] _words;

        public LabelEntry(string language, string label, string iscoCode, string? escoUri)
        {
            Language = language;
            Label = label;
            IscoCode = iscoCode;
            EscoUri = escoUri;
            Folded = TextFolding.Fold(label);
            _words = Folded.Split([' ', ',', '(', ')', '/', '-'], StringSplitOptions.RemoveEmptyEntries);
        }

        public string Language { get; }
        public string Label { get; }
        public string IscoCode { get; }
        public string? EscoUri { get; }
        public string Folded { get; }

        public bool HasWordStartingWith(string prefix) => _words.Any(w => w.StartsWith(prefix, StringComparison.Ordinal));
    }
}
