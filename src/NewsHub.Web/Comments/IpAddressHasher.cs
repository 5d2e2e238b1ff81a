using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace NewsHub.Web.Comments;

/// <summary>
/// Commenters' IP addresses are kept only as salted hashes: enough to rate-limit one address,
/// useless for finding out who posted. Without a configured salt, a random one per process is used
/// (rate limits then count per instance and reset on restart).
/// </summary>
public sealed class IpAddressHasher(IOptions<CommentOptions> options)
{
    private readonly byte[] salt = options.Value.IpHashSalt is { Length: > 0 } configured
        ? Encoding.UTF8.GetBytes(configured)
        : RandomNumberGenerator.GetBytes(32);

    public string? Hash(IPAddress? address)
    {
        if (address is null) return null;
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        var hash = HMACSHA256.HashData(salt, address.GetAddressBytes());
        return Convert.ToHexStringLower(hash);
    }
}
