using System.Security.Claims;
using Counseling.Api.Auth;
using Counseling.GrainInterfaces.Payments;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Counseling.Api.Apis;

/// <summary>A user's money: balances derived from the ledger and a paged statement.</summary>
public static class WalletApi
{
    public const string Route = "/api/wallet";

    public sealed record WalletResponse(AccountBalance[] Balances, StatementLine[] Statement, long? NextBefore);

    public static IEndpointRouteBuilder MapWalletApi(this IEndpointRouteBuilder app)
    {
        app.MapGet(Route, GetAsync).WithName("GetWallet").WithTags("Payments")
            .WithSummary("My balances and statement, newest first; page with ?before={entryId}.")
            .RequireAuthorization(Policies.AnyUser);
        return app;
    }

    private static async Task<Ok<WalletResponse>> GetAsync(ClaimsPrincipal user, IClusterClient cluster, long? before, int? limit)
    {
        var wallet = cluster.GetGrain<IWalletGrain>(user.UserId());
        var page = Math.Clamp(limit ?? 50, 1, 200);
        var statement = await wallet.GetStatementAsync(before, page);
        return TypedResults.Ok(new WalletResponse(await wallet.GetBalancesAsync(), statement, statement.Length == page ? statement[^1].EntryId : null));
    }
}
