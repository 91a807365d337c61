// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/vpn/AwsEndpointSelector.h"

namespace splitroute::core {

namespace {

char lower(char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

bool equalNoCase(std::string_view a, std::string_view b) {
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (lower(a[i]) != lower(b[i]))
            return false;
    return true;
}

std::string idList(const std::vector<AwsClientVpnEndpoint>& endpoints,
                   const std::vector<std::size_t>& which) {
    std::string ids;
    for (std::size_t i : which)
        ids += (ids.empty() ? "" : ", ") + endpoints[i].id;
    return ids.empty() ? "none" : ids;
}

std::vector<std::size_t> all(const std::vector<AwsClientVpnEndpoint>& endpoints) {
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < endpoints.size(); ++i)
        out.push_back(i);
    return out;
}

/// The list in messages; the error's location names the file itself.
std::string inFile(const AwsEndpointQuery& q) {
    return q.file.empty() ? "the list" : "the file";
}

std::string withHint(std::string message, const AwsEndpointQuery& q) {
    if (!q.hint.empty())
        message += "; " + q.hint;
    return message;
}

SourceLocation where(const AwsEndpointQuery& q) {
    return {q.file, 0, 0};
}

} // namespace

bool hostMatchesEndpointDns(std::string_view host, std::string_view dnsName) {
    if (dnsName.substr(0, 2) != "*.")
        return false;
    const std::string_view base = dnsName.substr(2);
    if (base.empty())
        return false;
    if (equalNoCase(host, base))
        return true;
    return host.size() > base.size() + 1 && host[host.size() - base.size() - 1] == '.' &&
           equalNoCase(host.substr(host.size() - base.size()), base);
}

Result<AwsEndpointChoice> selectAwsEndpoint(const std::vector<AwsClientVpnEndpoint>& endpoints,
                                            const AwsEndpointQuery& query) {
    if (!query.id.empty()) {
        for (std::size_t i = 0; i < endpoints.size(); ++i)
            if (endpoints[i].id == query.id)
                return AwsEndpointChoice{i, AwsEndpointMatch::Id};
        return makeError(ErrorCode::NotFound,
                         "endpoint " + query.id + " is not in " + inFile(query) +
                             " (it holds: " + idList(endpoints, all(endpoints)) + ")",
                         where(query));
    }
    if (endpoints.empty())
        return makeError(ErrorCode::NotFound, "no endpoint in " + inFile(query), where(query));
    if (const VpnProfile* p = query.profile) {
        // The DNS name first: it is what the client connects to.
        std::vector<std::size_t> byDns;
        std::string host;
        for (std::size_t i = 0; i < endpoints.size(); ++i)
            for (const auto& r : p->remotes)
                if (hostMatchesEndpointDns(r.host, endpoints[i].dnsName)) {
                    byDns.push_back(i);
                    host = r.host;
                    break;
                }
        if (byDns.size() == 1)
            return AwsEndpointChoice{byDns.front(), AwsEndpointMatch::DnsName};
        if (byDns.size() > 1)
            return makeError(ErrorCode::InvalidArgument,
                             withHint("the profile's remote " + host +
                                          " lies under the DNS names of several endpoints in " +
                                          inFile(query) + " (" + idList(endpoints, byDns) + ")",
                                      query),
                             where(query));
        // Then the id in the profile's remote host (a DnsName may be missing from the list).
        if (p->aws && !p->awsEndpointId.empty()) {
            for (std::size_t i = 0; i < endpoints.size(); ++i)
                if (endpoints[i].id == p->awsEndpointId)
                    return AwsEndpointChoice{i, AwsEndpointMatch::ProfileId};
            return makeError(ErrorCode::NotFound,
                             "the profile connects to endpoint " + p->awsEndpointId +
                                 ", which is not in " + inFile(query) +
                                 " (it holds: " + idList(endpoints, all(endpoints)) + ")",
                             where(query));
        }
    }
    if (endpoints.size() == 1)
        return AwsEndpointChoice{0, AwsEndpointMatch::OnlyOne};
    const std::string why = query.profile ? " and the profile names none of them" : "";
    return makeError(ErrorCode::InvalidArgument,
                     withHint("several endpoints in " + inFile(query) + " (" +
                                  idList(endpoints, all(endpoints)) + ")" + why,
                              query),
                     where(query));
}

} // namespace splitroute::core
