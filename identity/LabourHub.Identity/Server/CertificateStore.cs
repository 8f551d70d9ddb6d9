using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace LabourHub.Identity.Server;

/// <summary>
/// Loads the OpenID Connect signing and encryption certificates, creating RSA-2048 self-signed ones once when none
/// exist, so tokens stay valid across restarts. Replicas share the same files (or configured ones).
/// </summary>
internal static class CertificateStore
{
    public static X509Certificate2 LoadOrCreate(string path, string? password, X509KeyUsageFlags usage)
    {
        if (File.Exists(path))
        {
            return X509CertificateLoader.LoadPkcs12FromFile(path, password, X509KeyStorageFlags.EphemeralKeySet);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest($"CN=LabourHub {Path.GetFileNameWithoutExtension(path)}", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(usage, critical: true));
        var notBefore = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        using var certificate = request.CreateSelfSigned(notBefore, notBefore.AddYears(5));
        var bytes = certificate.Export(X509ContentType.Pfx, password);
        var temporary = path + ".tmp";
        File.WriteAllBytes(temporary, bytes);
        File.Move(temporary, path, overwrite: false);
        return X509CertificateLoader.LoadPkcs12(bytes, password, X509KeyStorageFlags.EphemeralKeySet);
    }
}
