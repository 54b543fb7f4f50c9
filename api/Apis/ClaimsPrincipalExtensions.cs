using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Counseling.Api.Apis;

public static class ClaimsPrincipalExtensions
{
    /// <summary>The account id from the validated token's subject.</summary>
    public static Guid UserId(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(JwtRegisteredClaimNames.Sub), out var id)
            ? id
            : throw new InvalidOperationException("An authenticated principal without a user id.");
}
