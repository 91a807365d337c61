// SPDX-License-Identifier: GPL-3.0-or-later
#include <QtGlobal>

// The icons are compiled into splitroute_gui (a static library): referencing the resource's
// initialiser keeps the linker from dropping it. Called once from MainWindow's constructor.
static void initSplitrouteResourcesOnce() {
    Q_INIT_RESOURCE(resources);
}

namespace splitroute::app {
void initResources() {
    static const bool done = (initSplitrouteResourcesOnce(), true);
    Q_UNUSED(done);
}
} // namespace splitroute::app
