using LabourHub.Matching.Evaluation;
using LabourHub.Matching.Explanations;
using LabourHub.Matching.Features;
using LabourHub.Matching.Inputs;
using LabourHub.Matching.Ranking;
using LabourHub.Matching.Training;

namespace LabourHub.Matching.Tests;

[Trait("Capability", "Matching")]
public sealed class RankingEngineTests
{
    private static readonly Lazy<TrainedModel> Model = new(() =>
        new LambdaRankTrainer(new TrainingOptions { Trees = 60, Leaves = 8, MinimumRowsPerLeaf = 10 }).Train(Synthetic.Groups(150, 20, 1)));

    [Fact]
    public void TreeEnsemble_ScoresExactlyLikeMlNet()
    {
        var rows = LambdaRankTrainer.ToRows(Synthetic.Groups(20, 20, 99)).ToList();

        var reference = Model.Value.ScoreWithMlNet(rows);

        for (var i = 0; i < rows.Count; i++)
        {
            Assert.Equal(reference[i], Model.Value.Ranker.Score(rows[i].Features), 4);
        }
    }

    [Fact]
    public void TrainedModel_LearnsTheHiddenRule_BeatingRandomByFar()
    {
        var test = Synthetic.Groups(100, 20, 7);

        var model = Evaluator.Evaluate(Model.Value.Ranker, test);
        var random = Evaluator.Evaluate(new RandomRanker(3), test);

        Assert.True(model.Ndcg10 > random.Ndcg10 + 0.2, $"model {model.Ndcg10:0.000}, random {random.Ndcg10:0.000}");
    }

    [Fact]
    public void Ndcg_KnownValues()
    {
        Assert.Equal(1.0, RankingMetrics.Ndcg([3, 2, 0, 0], 10));
        Assert.Null(RankingMetrics.Ndcg([0, 0, 0], 10));
        var swapped = RankingMetrics.Ndcg([0, 1], 10)!.Value;
        Assert.Equal((1 / Math.Log2(3)) / 1.0, swapped, 6);
        Assert.Equal(0.5, RankingMetrics.AveragePrecision([0, 1])!.Value, 6);
        Assert.Equal(0.5, RankingMetrics.Recall([1, 0, 1], 1)!.Value, 6);
    }

    [Fact]
    public void Promotion_OnlyWhenTheModelBeatsTheBaseline()
    {
        var baseline = new RankerEvaluation("baseline", 0.7, 0.8, 0.7, 0.9, 50);

        Assert.True(Promotion.ShouldPromote(baseline with { Ranker = "model", Ndcg10 = 0.81 }, baseline));
        Assert.False(Promotion.ShouldPromote(baseline with { Ranker = "model", Ndcg10 = 0.8 }, baseline));
        Assert.False(Promotion.ShouldPromote(baseline with { Ranker = "model", Ndcg10 = 0.9, Jobs = 0 }, baseline));
    }

    [Fact]
    public async Task ModelStore_RoundTrips_AndRefusesAnotherSchema()
    {
        var path = Path.Combine(Path.GetTempPath(), $"labourhub-model-{Guid.NewGuid():N}.zip");
        var manifest = ModelStore.NewManifest(Model.Value, new DateTimeOffset(2026, 11, 27, 0, 0, 0, TimeSpan.Zero), null, promoted: true);
        await ModelStore.SaveAsync(Model.Value, manifest, path, CancellationToken.None);

        var (loaded, readBack) = await ModelStore.LoadAsync(path, CancellationToken.None);
        var x = Synthetic.Groups(1, 1, 5)[0].Features[0];
        Assert.Equal(Model.Value.Ranker.Score(x), loaded.Score(x), 5);
        Assert.True(readBack.Promoted);
        Assert.Equal(FeatureSchema.Hash, readBack.FeatureSchemaHash);

        await File.WriteAllTextAsync(path + ".json", (await File.ReadAllTextAsync(path + ".json")).Replace(FeatureSchema.Hash, "0000000000000000", StringComparison.Ordinal));
        await Assert.ThrowsAsync<InvalidDataException>(() => ModelStore.LoadAsync(path, CancellationToken.None));
        File.Delete(path);
        File.Delete(path + ".json");
    }

    [Fact]
    public void TopCandidates_KeepsTheSameBestKAsAFullSort()
    {
        var distances = new DistanceTable([]);
        var job = new JobProfile { Id = "j", IscoCode = "7212", ProvinceCode = 27, StartsOn = new DateOnly(2026, 12, 1), EssentialSkills = ["a", "b"] };
        var random = new Random(3);
        var candidates = Enumerable.Range(0, 2000).Select(i => new CandidateProfile
        {
            Id = i.ToString(System.Globalization.CultureInfo.InvariantCulture),
            IscoCodes = [random.Next(2) == 0 ? "7212" : "9313"],
            Skills = random.Next(2) == 0 ? new HashSet<string> { "a" } : new HashSet<string> { "a", "b" },
            Languages = new Dictionary<string, int>(),
            ProvinceCode = random.Next(1, 82),
            ExperienceYears = random.Next(0, 20),
            AvailableFrom = new DateOnly(2026, 12, 1),
        }).ToList();
        var extractor = new FeatureExtractor(distances);
        var ranker = new BaselineRanker();

        var top = new TopCandidates(extractor, ranker).Rank(job, candidates, 25, new DateOnly(2026, 12, 1));

        var x = new float[FeatureSchema.Count];
        var expected = candidates.Select(c =>
        {
            extractor.Extract(job, c, new DateOnly(2026, 12, 1), x);
            return ranker.Score(x);
        }).OrderDescending().Take(25).ToList();
        Assert.Equal(expected, top.Select(t => t.Score));
    }

    [Fact]
    public void Explainer_NamesTheFeaturesThatRaisedTheScore()
    {
        var reference = new float[FeatureSchema.Count];
        var strong = new float[FeatureSchema.Count];
        strong[FeatureSchema.OccupationProximity] = 1;
        strong[FeatureSchema.EssentialSkillCoverage] = 1;
        strong[FeatureSchema.DistanceHundredsKm] = 5;

        var reasons = new Explainer(new BaselineRanker(), reference).Explain(strong);

        Assert.Equal("occupation_proximity+", reasons[0].Code);
        Assert.Equal("essential_skill_coverage+", reasons[1].Code);
        Assert.Equal("distance_100km-", reasons[2].Code);
        Assert.Equal(3.0f, reasons[0].Contribution, 4);
    }
}
