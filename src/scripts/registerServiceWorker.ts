/**
 * Registers the service worker that keeps the whole site available offline
 * (`<base>sw.js`, generated over the build by scripts/generateServiceWorker.ts),
 * and offers a new version when one has been deployed.
 *
 * A new version installs in the background and then waits: open pages keep
 * the version they were loaded with. Only when the reader clicks 重新載入 does
 * it take over, and then every open tab reloads at once — a page is never
 * half old, half new (old HTML asking for assets the new version removed).
 * Saved data lives in localStorage and is untouched by the switch.
 */
import { sitePath } from '~/lib/sitePaths';

/** The message generateSW's worker answers with skipWaiting() (its `skipWaiting: false` mode). */
const skipWaiting = { type: 'SKIP_WAITING' };

function showUpdateNotice(waiting: ServiceWorker, onAccept: () => void): void {
	if (document.querySelector('[data-update-notice]')) return;
	const template = document.getElementById('update-notice-template');
	const notice = template instanceof HTMLTemplateElement ? template.content.firstElementChild?.cloneNode(true) : null;
	if (!(notice instanceof HTMLElement)) return;
	const button = notice.querySelector('button');
	button?.addEventListener('click', () => {
		button.disabled = true;
		onAccept();
		waiting.postMessage(skipWaiting);
	});
	// A status region is announced when its content changes, not when it is
	// inserted already filled: insert it empty, then move the text in.
	const content = [...notice.childNodes];
	notice.replaceChildren();
	document.body.prepend(notice);
	requestAnimationFrame(() => notice.append(...content));
}

async function registerServiceWorker(container: ServiceWorkerContainer): Promise<void> {
	let controlled = container.controller !== null;
	let accepted = false;
	let reloading = false;
	container.addEventListener('controllerchange', () => {
		// The first install taking control changes nothing this page shows; a
		// new version taking over (clicked here or in another tab) must reload.
		if ((controlled || accepted) && !reloading) {
			reloading = true;
			location.reload();
		}
		controlled = true;
	});

	const registration = await container.register(sitePath('sw.js'), { scope: sitePath(''), updateViaCache: 'none' });
	const offerWaitingVersion = () => {
		// `active` tells an update from the very first install.
		if (registration.waiting && registration.active) {
			showUpdateNotice(registration.waiting, () => (accepted = true));
		}
	};
	const whenInstalled = (worker: ServiceWorker | null) =>
		worker?.addEventListener('statechange', () => {
			if (worker.state === 'installed') offerWaitingVersion();
		});
	offerWaitingVersion();
	// The update may already be installing by the time register() answers.
	whenInstalled(registration.installing);
	registration.addEventListener('updatefound', () => whenInstalled(registration.installing));
	// A phone keeps a tab open for days: look for a new version when it comes back.
	document.addEventListener('visibilitychange', () => {
		if (document.visibilityState === 'visible') registration.update().catch(() => undefined);
	});
}

// Not in `astro dev`: a worker there would serve yesterday's files from its cache.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
	// Without a worker (private mode, an old browser) the site still works online.
	registerServiceWorker(navigator.serviceWorker).catch(() => undefined);
}
