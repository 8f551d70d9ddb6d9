using System.Globalization;
using LabourHub.Matching.Features;
using LabourHub.Matching.Inputs;
using LabourHub.Matching.Ranking;
using LabourHub.Matching.Training;

namespace LabourHub.Matching.Tests;

/// <summary>
/// The fast path (per-vacancy lookups, column-major blocks, block tree scoring, a heap per thread) against the
/// straightforward one (features pair by pair, <see cref="IRanker.Score"/> row by row, a full sort): same features,
/// same scores, same top k.
/// </summary>
[Trait("Capability", "Matching")]
public sealed class FastPathTests
{
    private static readonly DateOnly Today = new(2026, 12, 1);

    private static readonly Lazy<TrainedModel> Model = new(() =>
        new LambdaRankTrainer(new TrainingOptions { Trees = 80, Leaves = 12, MinimumRowsPerLeaf = 5 }).Train(Synthetic.Groups(150, 20, 4)));

    private static readonly string[] Words = ["kaynakçı", "Dikiş", "makinesi", "operatörü", "İnşaat", "işçisi", "tekstil", "garson", "aşçı", "paketleme"];

    private static readonly OccupationSkills Relations = new(
        Enumerable.Range(0, 30).Select(i => ("7212", $"s{i}")).Concat(Enumerable.Range(20, 30).Select(i => ("9313", $"s{i}"))));

    private static readonly FeatureExtractor Extractor = new(
        new DistanceTable(Enumerable.Range(1, 81).SelectMany(a => Enumerable.Range(1, 81).Select(b => (a, b, Math.Abs(a - b) * 37)))),
        Relations);

    private static JobProfile Job(int seed)
    {
        var random = new Random(seed);
        return new JobProfile
        {
            Id = "j", IscoCode = "7212", ProvinceCode = 34, StartsOn = Today,
            EssentialSkills = ["s1", "s2", "s3", "s3", "s40", "nobody-has-it"], OptionalSkills = ["s4", "s99"],
            Languages = new Dictionary<string, int> { ["tr"] = 2, ["en"] = 1, ["ku"] = 1 },
            WageMinKurus = 3_000_000, WageMaxKurus = 3_500_000,
            Text = string.Join(' ', Enumerable.Range(0, 8).Select(_ => Words[random.Next(Words.Length)])) + " Gaziantep 45 saat",
        };
    }

    private static List<CandidateProfile> Candidates(int count, int seed)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, count).Select(i => new CandidateProfile
        {
            Id = i.ToString(CultureInfo.InvariantCulture),
            IscoCodes = random.Next(3) switch { 0 => ["7212"], 1 => ["7214", "9313"], _ => ["5120"] },
            Skills = Enumerable.Range(0, random.Next(0, 25)).Select(_ => $"s{random.Next(60)}").ToHashSet(),
            Languages = new Dictionary<string, int> { ["ar"] = 6, ["tr"] = random.Next(0, 5) },
            ProvinceCode = random.Next(0, 90),
            WillingToRelocate = random.Next(2) == 0,
            ExperienceYears = random.Next(0, 35),
            EducationRank = random.Next(0, 8),
            WageExpectationKurus = random.Next(0, 5_000_000),
            AvailableFrom = Today.AddDays(random.Next(-30, 400)),
            PermitReadiness = (PermitReadiness)random.Next(3),
            UpdatedAt = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero).AddHours(random.Next(0, 9000)),
            Text = random.Next(4) == 0 ? null : string.Join(' ', Enumerable.Range(0, random.Next(1, 5)).Select(_ => Words[random.Next(Words.Length)])),
        }).ToList();
    }

    [Fact]
    public void ExtractBlock_GivesTheSameFeaturesAsExtract()
    {
        var job = Job(1);
        var candidates = Candidates(300, 2);
        var columns = new float[FeatureSchema.Count * TopCandidates.BlockRows];
        var x = new float[FeatureSchema.Count];

        var pool = CandidatePool.From(candidates);
        Extractor.ExtractBlock(Extractor.Prepare(job, Today, pool), Enumerable.Range(40, 256).ToArray(), columns, TopCandidates.BlockRows);

        for (var r = 0; r < 256; r++)
        {
            Extractor.Extract(job, candidates[40 + r], Today, x);
            for (var f = 0; f < FeatureSchema.Count; f++)
            {
                Assert.True(x[f] == columns[(f * TopCandidates.BlockRows) + r], $"candidate {40 + r}, {FeatureSchema.Names[f]}: {x[f]} vs {columns[(f * TopCandidates.BlockRows) + r]}");
            }
        }

        Assert.Contains(Enumerable.Range(0, 256), r => columns[(FeatureSchema.RelatedSkillCoverage * TopCandidates.BlockRows) + r] > 0);
        Assert.Contains(Enumerable.Range(0, 256), r => columns[(FeatureSchema.TextRelevance * TopCandidates.BlockRows) + r] > 0);
    }

    [Theory]
    [InlineData(8)]
    [InlineData(12)]
    [InlineData(24)]
    [InlineData(40)]
    public void TreeEnsemble_ScoreBlock_EqualsScoreRowByRow(int leaves)
    {
        var ranker = leaves == 12
            ? Model.Value.Ranker
            : new LambdaRankTrainer(new TrainingOptions { Trees = 30, Leaves = leaves, MinimumRowsPerLeaf = 2 }).Train(Synthetic.Groups(150, 20, leaves)).Ranker;
        var random = new Random(8);
        const int rows = 203;
        var columns = new float[FeatureSchema.Count * rows];
        for (var i = 0; i < columns.Length; i++)
        {
            columns[i] = (float)random.NextDouble();
        }

        var scores = new float[rows];
        ranker.ScoreBlock(columns, rows, rows, scores);

        var x = new float[FeatureSchema.Count];
        for (var r = 0; r < rows; r++)
        {
            for (var f = 0; f < FeatureSchema.Count; f++)
            {
                x[f] = columns[(f * rows) + r];
            }

            Assert.Equal(ranker.Score(x), scores[r]);
        }
    }

    [Theory]
    [InlineData("model", 5_000)]
    [InlineData("model", 30_000)]
    [InlineData("baseline", 30_000)]
    public void TopCandidates_FastPath_EqualsScoringEveryoneAndSorting(string which, int count)
    {
        IRanker ranker = which == "model" ? Model.Value.Ranker : new BaselineRanker();
        var job = Job(3);
        var candidates = Candidates(count, 4);

        var fast = new TopCandidates(Extractor, ranker).Rank(job, candidates, 50, Today);

        var x = new float[FeatureSchema.Count];
        var expected = candidates.Select((c, i) =>
        {
            Extractor.Extract(job, c, Today, x);
            return (c.Id, Index: i, Score: ranker.Score(x));
        }).OrderByDescending(s => s.Score).ThenBy(s => s.Index).Take(50).ToList();
        Assert.Equal(expected.Select(e => (e.Id, e.Score)), fast.Select(f => (f.Candidate.Id, f.Score)));
    }

    [Fact]
    public void TopCandidates_OnAPool_GivesPoolIndices_AndTheTwoStageRankingKeepsTheBest()
    {
        var job = Job(7);
        var candidates = Candidates(25_000, 8);
        var pool = CandidatePool.From(candidates);
        var ranker = Model.Value.Ranker;

        var exhaustive = new TopCandidates(Extractor, ranker).Rank(job, pool, 20, Today);
        var listed = new TopCandidates(Extractor, ranker).Rank(job, candidates, 20, Today);
        var twoStage = new TopCandidates(Extractor, ranker, new BaselineRanker(), 25_000 - 1).Rank(job, pool, 20, Today);

        Assert.Equal(25_000, pool.Count);
        Assert.Equal(listed.Select(l => l.Candidate.Id), exhaustive.Select(e => pool.IdAt(e.Index)));
        Assert.Equal(exhaustive.Take(5).Select(e => e.Index), twoStage.Take(5).Select(e => e.Index));
    }

    [Fact]
    public void TopCandidates_WithARankerThatCannotScoreBlocks_UsesRows()
    {
        var job = Job(5);
        var candidates = Candidates(1000, 6);
        var ranker = new RowOnly(new BaselineRanker());

        var top = new TopCandidates(Extractor, ranker).Rank(job, candidates, 10, Today);

        var block = new TopCandidates(Extractor, new BaselineRanker()).Rank(job, candidates, 10, Today);
        Assert.Equal(block.Select(b => (b.Candidate.Id, b.Score)), top.Select(t => (t.Candidate.Id, t.Score)));
    }

    [Fact]
    public void RelatedSkillCoverage_CountsEscoSkillsBeyondTheVacancysOwnList()
    {
        var job = new JobProfile { Id = "j", IscoCode = "7212", ProvinceCode = 1, StartsOn = Today, EssentialSkills = ["s0", "s1"], OptionalSkills = ["s2"] };
        var candidate = new CandidateProfile
        {
            Id = "c", IscoCodes = ["7212"], Skills = new HashSet<string> { "s0", "s1", "s2", "s3", "s4", "s5" },
            Languages = new Dictionary<string, int>(), ProvinceCode = 1,
        };
        var x = new float[FeatureSchema.Count];

        Extractor.Extract(job, candidate, Today, x);

        // ESCO marks s0…s29 essential for 7212; beyond the vacancy's s0-s2 that leaves 27, of which the person has 3.
        Assert.Equal(3 / 27f, x[FeatureSchema.RelatedSkillCoverage]);
        new FeatureExtractor(new DistanceTable([])).Extract(job, candidate, Today, x);
        Assert.Equal(0f, x[FeatureSchema.RelatedSkillCoverage]);
    }

    [Fact]
    public void TextRelevance_FoldsTurkishLettersAndSuffixes()
    {
        Assert.Equal(TextTokens.Of("İNŞAAT İŞÇİSİ"), TextTokens.Of("inşaat işçisi"));
        Assert.Equal(TextTokens.Of("kaynakci"), TextTokens.Of("Kaynakçı"));
        Assert.Equal(TextTokens.Of("Operatörü"), TextTokens.Of("operatör"));
        Assert.Empty(TextTokens.Of("ve 45 ile"));
        Assert.Equal(1f, TextTokens.Overlap(TextTokens.Of("Dikiş Makinesi Operatörü"), TextTokens.Of("Tekstil atölyesinde dikiş makinesi operatörü aranıyor")));
        Assert.Equal(0.5f, TextTokens.Overlap(TextTokens.Of("Garson, aşçı"), TextTokens.Of("Restorana garson")));
        Assert.Equal(0f, TextTokens.Overlap(TextTokens.Of(null), TextTokens.Of("garson")));
    }

    private sealed class RowOnly(IRanker inner) : IRanker
    {
        public string Name => "row-only";

        public float Score(ReadOnlySpan<float> features) => inner.Score(features);
    }
}
