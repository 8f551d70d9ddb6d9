namespace LabourHub.Application.Matching.Models;

/// <summary>Held-out ranking metrics of one ranker (cross-validated by job).</summary>
public sealed record RankerMetrics(double Ndcg5, double Ndcg10, double MeanAveragePrecision, double Recall10);
