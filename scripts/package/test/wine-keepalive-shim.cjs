// Loaded into the Windows executable under wine only (NODE_OPTIONS=--require): wine 8 fails a
// TCP connection whose keep-alive is set while it connects (connect UNKNOWN), which undici's
// fetch does and Windows itself accepts. The shim sets keep-alive once the socket is connected.
const net = require('node:net');
const setKeepAlive = net.Socket.prototype.setKeepAlive;
net.Socket.prototype.setKeepAlive = function (...args) {
  if (this.connecting) {
    this.once('connect', () => setKeepAlive.apply(this, args));
    return this;
  }
  return setKeepAlive.apply(this, args);
};
