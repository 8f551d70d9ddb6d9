using System.Text;
using LabourHub.Application.Workers.Documents;
using UglyToad.PdfPig;

namespace LabourHub.Infrastructure.Documents;

/// <summary>Reads a PDF's text layer with PdfPig (Apache-2.0), page by page, up to a character budget and 50 pages.</summary>
public sealed class PdfPigTextReader : IPdfTextReader
{
    private const int MaxPages = 50;

    public string ReadText(byte[] pdf, int maxCharacters)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        try
        {
            using var document = PdfDocument.Open(pdf);
            var text = new StringBuilder();
            foreach (var page in document.GetPages().Take(MaxPages))
            {
                text.Append(string.Join(' ', page.GetWords().Select(w => w.Text))).Append('\n');
                if (text.Length >= maxCharacters)
                {
                    break;
                }
            }

            return text.Length > maxCharacters ? text.ToString(0, maxCharacters) : text.ToString();
        }
#pragma warning disable CA1031 // A damaged or hostile PDF must not break the page: it simply proposes nothing.
        catch (Exception)
#pragma warning restore CA1031
        {
            return string.Empty;
        }
    }
}
