/*
 * Idle-timeout warning. The server ends a session after data-idle-seconds without a request; a minute before,
 * this opens the dialog #kojo-session-dialog. 続ける (continue) posts to the keep-alive address and starts the
 * count again; when the time is up the page goes to data-ended-url. Every page load and every PrimeFaces ajax
 * request restarts the count, as each is a request the server saw. No inline script: it runs under Kojo's CSP.
 */
(function () {
    'use strict';
    var root = document.getElementById('kojo-session');
    if (!root) {
        return;
    }
    var idleMs = Number(root.dataset.idleSeconds) * 1000;
    var warnMs = Number(root.dataset.warnSeconds) * 1000;
    var dialog = document.getElementById('kojo-session-dialog');
    var remaining = document.getElementById('kojo-session-remaining');
    var warnTimer, endTimer, tick;
    var endsAt = 0;

    function showRemaining() {
        var seconds = Math.max(0, Math.round((endsAt - Date.now()) / 1000));
        remaining.textContent = String(seconds);
    }

    function warn() {
        showRemaining();
        tick = window.setInterval(showRemaining, 1000);
        if (typeof dialog.showModal === 'function') {
            dialog.showModal();
        } else {
            dialog.setAttribute('open', 'open');
        }
        document.getElementById('kojo-session-continue').focus();
    }

    function end() {
        window.location.href = root.dataset.endedUrl;
    }

    function restart() {
        window.clearTimeout(warnTimer);
        window.clearTimeout(endTimer);
        window.clearInterval(tick);
        if (dialog.open) {
            dialog.close();
        }
        endsAt = Date.now() + idleMs;
        warnTimer = window.setTimeout(warn, idleMs - warnMs);
        endTimer = window.setTimeout(end, idleMs);
    }

    document.getElementById('kojo-session-continue').addEventListener('click', function () {
        fetch(root.dataset.keepAliveUrl, {
            method: 'POST',
            credentials: 'same-origin',
            headers: {'X-Requested-With': 'kojo-session'}
        }).then(function (response) {
            if (response.ok) {
                restart();
            } else {
                end();
            }
        }, end);
    });
    document.getElementById('kojo-session-logout').addEventListener('click', function () {
        document.getElementById('userbar:logout').click();
    });
    if (window.jQuery) {
        window.jQuery(document).on('pfAjaxComplete', restart);
    }
    restart();
}());
