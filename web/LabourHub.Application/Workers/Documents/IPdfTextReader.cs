namespace LabourHub.Application.Workers.Documents;

/// <summary>Reads the text layer of a PDF (a scanned CV has none). Implemented in Infrastructure.</summary>
public interface IPdfTextReader
{
    /// <summary>The document's text, at most <paramref name="maxCharacters"/>; empty when it has no text or cannot be read.</summary>
    string ReadText(byte[] pdf, int maxCharacters);
}
