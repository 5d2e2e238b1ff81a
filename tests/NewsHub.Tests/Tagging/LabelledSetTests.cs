using NewsHub.Web.Tagging;
using Xunit.Abstractions;

namespace NewsHub.Tests.Tagging;

public sealed class LabelledSetTests(ITestOutputHelper output)
{
    [Fact]
    public void Country_level_F1_on_the_labelled_set_is_at_least_0_90()
    {
        var texts = LabelledText.LoadAll();
        Assert.True(texts.Count >= 80, $"the labelled set has only {texts.Count} texts");
        int truePositives = 0, falsePositives = 0, falseNegatives = 0;
        foreach (var text in texts)
        {
            var result = TaggingTestData.Tagger.Tag(TaggingInput.FromPlainText(text.Text));
            var predicted = result.Codes().ToHashSet();
            var tp = predicted.Count(text.Expected.Contains);
            truePositives += tp;
            falsePositives += predicted.Count - tp;
            falseNegatives += text.Expected.Count - tp;
            if (!predicted.SetEquals(text.Expected))
                output.WriteLine($"{text.Name}: expected [{string.Join(' ', text.Expected.Order())}] got [{string.Join(' ', result.Countries.Select(c => $"{c.Code} {c.Score:F2}"))}]");
        }
        var precision = truePositives / (double)(truePositives + falsePositives);
        var recall = truePositives / (double)(truePositives + falseNegatives);
        var f1 = 2 * precision * recall / (precision + recall);
        output.WriteLine($"{texts.Count} texts: precision {precision:F3}, recall {recall:F3}, F1 {f1:F3} (TP {truePositives}, FP {falsePositives}, FN {falseNegatives})");
        Assert.True(f1 >= 0.90, $"country-level F1 {f1:F3} is below 0.90");
    }
}
