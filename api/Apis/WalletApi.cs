using System.Security.Claims;
using Counseling.Api.Auth;
using Counseling.Api.Contracts;
using Counseling.GrainInterfaces.Payments;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Counseling.Api.Apis;

/// <summary>A user's money: balances derived from the ledger and a paged statement.</summary>
public static class WalletApi
{
    public static IEndpointRouteBuilder MapWalletApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(Routes.Wallet.Prefix).WithTags("Payments").RequireAuthorization(Policies.AnyUser);
        group.MapGet(Routes.Root, GetAsync).WithName("GetWallet")
            .WithSummary("My balances and statement, newest first; page with ?before={entryId}.");
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
