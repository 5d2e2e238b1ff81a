namespace NewsHub.Tests.Stories;

/// <summary>Pairwise precision/recall/F1 over labelled pairs: a positive is a pair predicted to be one story.</summary>
internal sealed record PairwiseScores(int TruePositives, int FalsePositives, int FalseNegatives, int TrueNegatives)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 0 : TruePositives / (double)(TruePositives + FalsePositives);
    public double Recall => TruePositives + FalseNegatives == 0 ? 0 : TruePositives / (double)(TruePositives + FalseNegatives);
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static PairwiseScores Count(IEnumerable<(bool Expected, bool Predicted)> outcomes)
    {
        int tp = 0, fp = 0, fn = 0, tn = 0;
        foreach (var (expected, predicted) in outcomes)
        {
            if (expected && predicted) tp++;
            else if (!expected && predicted) fp++;
            else if (expected) fn++;
            else tn++;
        }
        return new(tp, fp, fn, tn);
    }

    public override string ToString() =>
        $"precision {Precision:F3}, recall {Recall:F3}, F1 {F1:F3} (TP {TruePositives}, FP {FalsePositives}, FN {FalseNegatives}, TN {TrueNegatives})";
}
