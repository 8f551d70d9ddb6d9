namespace LabourHub.Application.Workers.Documents;

/// <summary>
/// Proposes skills and occupations from the text of a worker's own PDF (their CV): ESCO labels found in the text.
/// Nothing is saved here; the worker confirms or removes each proposal in the wizard's skills step.
/// </summary>
public sealed class CvPrefillHandler(WorkerDocumentsHandler documents, IPdfTextReader pdf, ISkillLabelMatcher matcher)
{
    public const int MaxTextCharacters = 200_000;
    public const int MaxProposals = 40;

    /// <summary>Null when the document is not the caller's PDF; an empty list when nothing was recognised.</summary>
    public async Task<IReadOnlyList<LabelMatch>?> ProposeAsync(string userId, Guid documentId, CancellationToken cancellationToken)
    {
        var file = await documents.OpenMineAsync(userId, documentId, cancellationToken);
        if (file is null || file.ContentType != FileSignature.Pdf)
        {
            return null;
        }

        var text = pdf.ReadText(file.Content, MaxTextCharacters);
        return text.Length == 0 ? [] : matcher.Match(text, MaxProposals);
    }
}
