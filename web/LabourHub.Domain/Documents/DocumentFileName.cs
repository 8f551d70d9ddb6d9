namespace LabourHub.Domain.Documents;

/// <summary>The name a device gave a file, made safe to store and show: no path, no control or markup characters, 120 characters at most.</summary>
public static class DocumentFileName
{
    public static string Clean(string? fileName, string contentType)
    {
        var name = Path.GetFileName((fileName ?? string.Empty).Replace('\\', '/'));
        name = new string(name.Where(c => !char.IsControl(c) && c is not ('<' or '>' or '"')).ToArray()).Trim();
        if (name.Length > 120)
        {
            name = name[^120..];
        }

        return name.Length > 0 ? name : "document" + contentType switch
        {
            "application/pdf" => ".pdf",
            "image/png" => ".png",
            _ => ".jpg",
        };
    }
}
