using NewsHub.Web.Hosting;

// One binary: a command-line verb (migrate, create-admin, extract, tag, scrape, …) or the app itself.
if (CommandLine.IsVerb(args)) return await CommandLine.RunAsync(args);
return await NewsHubApp.RunAsync(args);
