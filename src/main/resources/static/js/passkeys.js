// Passkeys (WebAuthn) on the Security page and the sign-in pages: the browser's credential API,
// talking to the sign-in chain's own addresses (data-prefix). The pages work without it: a password
// and an authenticator app's code need no script.
(function () {
  'use strict';

  function bytes(base64url) {
    var base64 = base64url.replace(/-/g, '+').replace(/_/g, '/');
    var binary = atob(base64 + '==='.slice((base64.length + 3) % 4));
    return Uint8Array.from(binary, function (c) { return c.charCodeAt(0); });
  }

  function text(buffer) {
    var binary = String.fromCharCode.apply(null, new Uint8Array(buffer));
    return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }

  function post(url, body) {
    var token = document.querySelector('input[name="_csrf"]');
    var headers = { 'Content-Type': 'application/json' };
    if (token) headers['X-CSRF-TOKEN'] = token.value;
    return fetch(url, { method: 'POST', credentials: 'same-origin', headers: headers,
      body: body ? JSON.stringify(body) : undefined }).then(function (response) {
      if (!response.ok) throw new Error('HTTP ' + response.status);
      return response.json();
    });
  }

  function register(prefix, label) {
    return post(prefix + '/webauthn/register/options').then(function (options) {
      options.user.id = bytes(options.user.id);
      options.challenge = bytes(options.challenge);
      options.excludeCredentials = (options.excludeCredentials || []).map(function (c) {
        return Object.assign({}, c, { id: bytes(c.id) });
      });
      return navigator.credentials.create({ publicKey: options });
    }).then(function (credential) {
      return post(prefix + '/webauthn/register', { publicKey: { label: label, credential: {
        id: credential.id, rawId: text(credential.rawId), type: credential.type,
        response: {
          attestationObject: text(credential.response.attestationObject),
          clientDataJSON: text(credential.response.clientDataJSON),
          transports: credential.response.getTransports ? credential.response.getTransports() : []
        },
        clientExtensionResults: credential.getClientExtensionResults(),
        authenticatorAttachment: credential.authenticatorAttachment
      } } });
    }).then(function (result) {
      if (!result.success) throw new Error('not registered');
    });
  }

  function signIn(prefix) {
    return post(prefix + '/webauthn/authenticate/options').then(function (options) {
      options.challenge = bytes(options.challenge);
      options.allowCredentials = (options.allowCredentials || []).map(function (c) {
        return Object.assign({}, c, { id: bytes(c.id) });
      });
      return navigator.credentials.get({ publicKey: options });
    }).then(function (credential) {
      var response = credential.response;
      return post(prefix + '/login/webauthn', {
        id: credential.id, rawId: text(credential.rawId), credType: credential.type,
        response: {
          authenticatorData: text(response.authenticatorData),
          clientDataJSON: text(response.clientDataJSON),
          signature: text(response.signature),
          userHandle: response.userHandle ? text(response.userHandle) : undefined
        },
        clientExtensionResults: credential.getClientExtensionResults(),
        authenticatorAttachment: credential.authenticatorAttachment
      });
    }).then(function (result) {
      if (!result.authenticated || !result.redirectUrl) throw new Error('not signed in');
      window.location.assign(result.redirectUrl);
    });
  }

  function failed(container) {
    var error = container.querySelector('[data-passkey-error]');
    if (error) error.hidden = false;
  }

  document.addEventListener('DOMContentLoaded', function () {
    var supported = !!window.PublicKeyCredential;
    document.querySelectorAll('[data-passkey-add]').forEach(function (form) {
      if (!supported) { form.hidden = true; return; }
      form.addEventListener('submit', function (event) {
        event.preventDefault();
        register(form.dataset.prefix, form.elements.label.value).then(function () {
          window.location.assign(form.dataset.done);
        }).catch(function () { failed(form); });
      });
    });
    document.querySelectorAll('[data-passkey-sign-in]').forEach(function (button) {
      if (!supported) { button.hidden = true; return; }
      button.addEventListener('click', function () {
        signIn(button.dataset.prefix).catch(function () { failed(button.parentElement); });
      });
    });
  });
})();
