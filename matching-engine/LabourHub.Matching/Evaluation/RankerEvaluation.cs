namespace LabourHub.Matching.Evaluation;

/// <summary>Mean metrics of one ranker over the jobs of a data set (jobs with no relevant candidate are skipped).</summary>
public sealed record RankerEvaluation(string Ranker, double Ndcg5, double Ndcg10, double MeanAveragePrecision, double Recall10, int Jobs);
