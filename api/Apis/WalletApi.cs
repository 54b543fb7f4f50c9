using System.Security.Claims;
using Counseling.Api.Auth;
using Counseling.Api.Contracts;
using Counseling.GrainInterfaces.Payments;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Counseling.Api.Apis;

/// <summary>A user's money: balances derived from the ledger, its entries, and the statement they make in the user's terms.</summary>
public static class WalletApi
{
    public static IEndpointRouteBuilder MapWalletApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(Routes.Wallet.Prefix).WithTags("Payments").RequireAuthorization(Policies.AnyUser);
        group.MapGet(Routes.Root, GetAsync).WithName("GetWallet")
            .WithSummary("My balances and the ledger entries on my accounts, newest first; page with ?before={entryId}.");
        group.MapGet(Routes.Wallet.StatementTemplate, GetStatementAsync).WithName("GetStatement")
            .WithSummary("My statement in my terms: one entry per payment, refund, credit used or earning, newest first; page with ?before={nextBefore}.");
        return app;
    }

    private static async Task<Ok<WalletResponse>> GetAsync(ClaimsPrincipal user, IClusterClient cluster, long? before, int? limit)
    {
        var wallet = cluster.GetGrain<IWalletGrain>(user.UserId());
        var page = Math.Clamp(limit ?? 50, 1, 200);
        var statement = await wallet.GetStatementAsync(before, page);
        return TypedResults.Ok(new WalletResponse(await wallet.GetBalancesAsync(), statement, statement.Length == page ? statement[^1].EntryId : null));
    }

    private static async Task<Ok<StatementPage>> GetStatementAsync(ClaimsPrincipal user, IClusterClient cluster, long? before, int? limit) =>
        TypedResults.Ok(await cluster.GetGrain<IWalletGrain>(user.UserId()).GetEntriesAsync(before, Math.Clamp(limit ?? 50, 1, 200)));
}
