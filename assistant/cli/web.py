"""The web app and its users."""

from __future__ import annotations

from typing import Annotated

import typer

from assistant.cli.common import console, fail, settings_of, user_errors

app = typer.Typer()
user_app = typer.Typer(help="网页登录用户 (users of the web app)")


@app.command()
def serve(
    ctx: typer.Context,
    host: Annotated[str, typer.Option(help="监听地址")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="端口")] = 7860,
) -> None:
    """启动网页界面（问答、起草、核对、资料库）。监听本机以外的地址时必须登录。"""
    from assistant.web import launch

    with user_errors():
        launch(settings_of(ctx), host=host, port=port)


@user_app.command("add")
def user_add(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(help="用户名")],
    password: Annotated[str, typer.Option(prompt="密码", hide_input=True, confirmation_prompt="再输入一次",
                                          help="密码（省略时提示输入）")],
) -> None:
    """添加或修改网页登录用户（密码加盐哈希后写入配置文件）。"""
    from assistant.web.auth import save_user

    if len(password) < 8:
        fail("密码至少 8 位")
    config = settings_of(ctx).config_file
    assert config is not None
    save_user(config, name.strip(), password)
    console.print(f"已保存用户 {name}（{config}）")


@user_app.command("remove")
def user_remove(ctx: typer.Context, name: Annotated[str, typer.Argument(help="用户名")]) -> None:
    """删除网页登录用户。"""
    from assistant.web.auth import remove_user

    config = settings_of(ctx).config_file
    if not config or not remove_user(config, name):
        fail(f"配置中没有用户：{name}")
    console.print(f"已删除用户 {name}")


@user_app.command("list")
def user_list(ctx: typer.Context) -> None:
    """列出网页登录用户。"""
    users = settings_of(ctx).web.users
    console.print("\n".join(users) if users else "（没有用户；只能在本机访问，不需登录）")
