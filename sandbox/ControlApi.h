#pragma once

#include "ApiReply.h"
#include "ApiRequest.h"
#include "Router.h"

#include <QString>

namespace Activo::Sandbox {

class FaultSwitch;
class RedirectTarget;
class SandboxApi;

// Test-control API under /_sandbox: faults, API keys and the lifecycle
// action routes, changed at run time, and the requests that reached the
// redirect target.
//
// It needs no API key, but every request must come from a loopback address
// and carry "X-Sandbox-Control: yes". Any other request gets the same 404 as
// an unknown path, so the API stays the same for clients that do not use it.
class ControlApi
{
public:
    // `api`, `faults` and `redirectTarget` must outlive this object.
    ControlApi(SandboxApi *api, FaultSwitch *faults, RedirectTarget *redirectTarget);

    // Path prefix of every control resource.
    static QString basePath();
    // True for basePath() and the paths under it.
    static bool isControlPath(const QString &path);

    ApiReply handle(const ApiRequest &request);

private:
    void addRoutes();

    ApiReply listFaults() const;
    ApiReply addFault(const ApiRequest &request);
    ApiReply clearFaults();
    ApiReply revokeKey(const ApiRequest &request);
    ApiReply acceptKey(const ApiRequest &request);
    ApiReply lifecycleActions() const;
    ApiReply setLifecycleActions(const ApiRequest &request);
    ApiReply redirectTargetRequests() const;
    ApiReply resetRedirectTarget();

    SandboxApi *m_api;
    FaultSwitch *m_faults;
    RedirectTarget *m_redirectTarget;
    Router m_router;
};

} // namespace Activo::Sandbox
